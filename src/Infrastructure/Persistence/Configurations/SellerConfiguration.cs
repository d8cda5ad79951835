using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class SellerConfiguration : IEntityTypeConfiguration<Seller>
{
    public void Configure(EntityTypeBuilder<Seller> builder)
    {
        builder.ToTable("sellers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.BusinessName).HasMaxLength(Seller.NameMaxLength);
        builder.Property(s => s.LegalName).IsEncrypted(); // the KYC-verified identity (ADR 0022)
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.PayoutAccount).IsEncrypted();
        builder.Property(s => s.KycStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RejectionReason).HasMaxLength(1000);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Seller.OwnerUserId)).IsUnique();
        builder.HasIndex(s => s.KycStatus);
        builder.OwnsOne(s => s.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("address_line1").IsEncrypted();
            address.Property(a => a.Line2).HasColumnName("address_line2").IsEncrypted();
            address.Property(a => a.City).HasColumnName("address_city").IsEncrypted();
            address.Property(a => a.Region).HasColumnName("address_region").IsEncrypted();
            address.Property(a => a.PostalCode).HasColumnName("address_postal_code").IsEncrypted();
            address.Property(a => a.Country).HasColumnName("address_country").HasMaxLength(2);
        });
        builder.Navigation(s => s.Address).IsRequired();
        builder.OwnsMany(s => s.Documents, document =>
        {
            document.ToTable("seller_kyc_documents");
            document.WithOwner().HasForeignKey("SellerId");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
            document.Property(d => d.FileKind).HasConversion<string>().HasMaxLength(10);
            document.Property(d => d.FileKey).HasMaxLength(300);
        });
        builder.OwnsMany(s => s.KycHistory, decision =>
        {
            decision.ToTable("seller_kyc_history");
            decision.WithOwner().HasForeignKey("SellerId");
            decision.Property<int>("Id");
            decision.HasKey("Id");
            decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Reason).HasMaxLength(1000);
        });
        builder.Navigation(s => s.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.KycHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Two requests changing the same row: the second save fails (409) instead of overwriting the first.
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(s => s.IsVerified);
        builder.Ignore(s => s.DomainEvents);
    }
}
