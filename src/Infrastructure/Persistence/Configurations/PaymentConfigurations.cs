using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ProviderPaymentId).HasMaxLength(255);
        builder.Property(p => p.ChargeReference).HasMaxLength(255);
        builder.Property(p => p.FailureReason).HasMaxLength(500);
        builder.OwnsOne(p => p.Amount, money => MoneyColumns.Map(money, "amount"));
        builder.OwnsOne(p => p.Refunded, money => MoneyColumns.Map(money, "refunded"));
        builder.Navigation(p => p.Amount).IsRequired();
        builder.Navigation(p => p.Refunded).IsRequired();
        builder.Ignore(p => p.Refundable);
        builder.HasOne<Checkout>().WithOne().HasForeignKey<Payment>(p => p.CheckoutId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Payment.CheckoutId)).IsUnique();
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Payment.Provider), nameof(Payment.ProviderPaymentId)).IsUnique();
        // Two events for one payment (say, charge and intent succeeded) race: one wins, the other retries and finds it done.
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
    }
}

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable("transactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ProviderReference).HasMaxLength(255);
        builder.OwnsOne(t => t.Amount, money => MoneyColumns.Map(money, "amount"));
        builder.Navigation(t => t.Amount).IsRequired();
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(t => t.OrderId);
        builder.HasIndex(t => t.CheckoutId);
        builder.HasIndex(t => new { t.SellerId, t.Kind, t.CreatedAt });
    }
}

internal sealed class ProcessedWebhookEventConfiguration : IEntityTypeConfiguration<ProcessedWebhookEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhookEvent> builder)
    {
        builder.ToTable("processed_webhook_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.EventType).HasMaxLength(100);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(ProcessedWebhookEvent.Provider), nameof(ProcessedWebhookEvent.EventId)).IsUnique();
    }
}
