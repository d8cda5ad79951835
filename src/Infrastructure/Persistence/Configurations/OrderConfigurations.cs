using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal static class MoneyColumns
{
    /// <summary>Maps a price as two columns, <c>{prefix}_amount numeric(19,4)</c> and <c>{prefix}_currency</c>.</summary>
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Money> money, string prefix)
        where TOwner : class
    {
        money.Property(m => m.Amount).HasColumnName($"{prefix}_amount").HasPrecision(19, 4);
        money.Property(m => m.Currency).HasColumnName($"{prefix}_currency").HasMaxLength(3);
        money.Ignore(m => m.IsZero);
        money.Ignore(m => m.IsNegative);
    }
}

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("carts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Cart.CustomerId)).IsUnique();
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.OwnsMany(c => c.Lines, line =>
        {
            line.ToTable("cart_lines");
            line.WithOwner().HasForeignKey("CartId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.SelectionFingerprint).HasMaxLength(64);
            line.OwnsOne(l => l.UnitQuote, money => MoneyColumns.Map(money, "unit_quote"));
            line.Navigation(l => l.UnitQuote).IsRequired();
            line.OwnsOne(l => l.Customization, customization =>
            {
                customization.Property(c => c.Version).HasColumnName("customization_version");
                customization.Property(c => c.SelectionJson).HasColumnName("customization_selection").HasColumnType("jsonb");
                customization.Property(c => c.Fingerprint).HasColumnName("customization_fingerprint").HasMaxLength(64);
            });
        });
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.TrackingNumber).HasMaxLength(100);
        builder.Property(o => o.CancellationReason).HasMaxLength(500);
        builder.Property(o => o.ReturnReasonCode).HasMaxLength(40);
        builder.OwnsOne(o => o.Total, money => MoneyColumns.Map(money, "total"));
        builder.OwnsOne(o => o.MarketplaceFee, money => MoneyColumns.Map(money, "marketplace_fee"));
        builder.OwnsOne(o => o.SellerShare, money => MoneyColumns.Map(money, "seller_share"));
        builder.Navigation(o => o.Total).IsRequired();
        builder.Navigation(o => o.MarketplaceFee).IsRequired();
        builder.Navigation(o => o.SellerShare).IsRequired();
        builder.OwnsOne(o => o.Refunded, money => MoneyColumns.Map(money, "refunded"));
        builder.Navigation(o => o.Refunded).IsRequired();
        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.ToJson("shipping_address");
            // Each personal field is an envelope inside the JSON (ADR 0022); the country stays readable for tax.
            address.Property(a => a.FullName).IsEncrypted();
            address.Property(a => a.Line1).IsEncrypted();
            address.Property(a => a.Line2).IsEncrypted();
            address.Property(a => a.City).IsEncrypted();
            address.Property(a => a.Region).IsEncrypted();
            address.Property(a => a.PostalCode).IsEncrypted();
            address.Property(a => a.Phone).IsEncrypted();
        });
        builder.Navigation(o => o.ShippingAddress).IsRequired();
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        builder.HasIndex(o => new { o.SellerId, o.Status, o.PlacedAt });
        builder.HasIndex(o => o.CheckoutId);
        builder.HasIndex(o => new { o.Status, o.PaymentDueBy });
        builder.HasIndex(o => new { o.Status, o.DeliveredAt }); // the auto-completion job: delivered, oldest first
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.OwnsMany(o => o.Items, item =>
        {
            item.ToTable("order_items");
            item.WithOwner().HasForeignKey("OrderId");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Title).HasMaxLength(200);
            item.OwnsOne(i => i.UnitPrice, money => MoneyColumns.Map(money, "unit_price"));
            item.OwnsOne(i => i.LineTotal, money => MoneyColumns.Map(money, "line_total"));
            item.Navigation(i => i.UnitPrice).IsRequired();
            item.Navigation(i => i.LineTotal).IsRequired();
            item.OwnsOne(i => i.Customization, customization =>
            {
                customization.Property(c => c.Version).HasColumnName("customization_version");
                customization.Property(c => c.SelectionJson).HasColumnName("customization_selection").HasColumnType("jsonb");
                customization.Property(c => c.BreakdownJson).HasColumnName("customization_breakdown").HasColumnType("jsonb");
            });
            item.Ignore(i => i.IsCustomized);
        });
        builder.OwnsMany(o => o.History, change =>
        {
            change.ToTable("order_status_history");
            change.WithOwner().HasForeignKey("OrderId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Actor).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Reason).HasMaxLength(1000);
        });
        builder.Navigation(o => o.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.DomainEvents);
    }
}

internal sealed class CheckoutConfiguration : IEntityTypeConfiguration<Checkout>
{
    public void Configure(EntityTypeBuilder<Checkout> builder)
    {
        builder.ToTable("checkouts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.OwnsOne(c => c.Total, money => MoneyColumns.Map(money, "total"));
        builder.Navigation(c => c.Total).IsRequired();
        builder.HasIndex(c => c.CustomerId);
        builder.Ignore(c => c.DomainEvents);
    }
}
