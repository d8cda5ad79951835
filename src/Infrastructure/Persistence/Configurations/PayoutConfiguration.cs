using CustomiseYou.Domain.Payouts;
using CustomiseYou.Domain.Sellers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class PayoutConfiguration : IEntityTypeConfiguration<Payout>
{
    public void Configure(EntityTypeBuilder<Payout> builder)
    {
        builder.ToTable("payouts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Period).HasMaxLength(10);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LastError).HasMaxLength(500);
        builder.Property(p => p.ProviderReference).HasMaxLength(255);
        builder.OwnsOne(p => p.Amount, money => MoneyColumns.Map(money, "amount"));
        builder.Navigation(p => p.Amount).IsRequired();
        builder.HasOne<Seller>().WithMany().HasForeignKey(p => p.SellerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        // A seller is paid at most once per period, whoever runs the job and however often.
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Payout.SellerId), nameof(Payout.Period)).IsUnique();
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Payout.Status), nameof(Payout.NextAttemptAt));
        builder.OwnsMany(p => p.Items, item =>
        {
            item.ToTable("payout_items");
            item.WithOwner().HasForeignKey("PayoutId");
            item.HasKey("PayoutId", nameof(PayoutItem.OrderId));
            item.OwnsOne(i => i.Amount, money => MoneyColumns.Map(money, "amount"));
            item.Navigation(i => i.Amount).IsRequired();
            item.HasIndex(i => i.OrderId);
        });
        builder.Navigation(p => p.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.DomainEvents);
    }
}
