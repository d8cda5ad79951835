using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Sellers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

/// <summary>
/// Products. The full-text <c>search_vector</c> (generated, GIN-indexed) and the trigram index on the title are
/// PostgreSQL-only and live in the AddProductSearch migration, outside the EF model: only SQL reads them.
/// </summary>
internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", table =>
        {
            table.HasCheckConstraint("ck_products_stock_not_negative", "stock >= 0");
            table.HasCheckConstraint("ck_products_reserved_within_stock", "reserved >= 0 AND reserved <= stock");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(Product.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.Sku).HasMaxLength(Product.SkuMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RatingAverage).HasPrecision(3, 2);
        builder.OwnsOne(p => p.BasePrice, price =>
        {
            price.Property(m => m.Amount).HasColumnName("base_price_amount").HasPrecision(19, 4);
            price.Property(m => m.Currency).HasColumnName("base_price_currency").HasMaxLength(3);
            price.Ignore(m => m.IsZero);
            price.Ignore(m => m.IsNegative);
        });
        builder.Navigation(p => p.BasePrice).IsRequired();
        builder.PrimitiveCollection(p => p.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Seller>().WithMany().HasForeignKey(p => p.SellerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Product.SellerId), nameof(Product.Sku)).IsUnique();
        builder.HasIndex(p => new { p.Status, p.PublishedAt, p.Id });
        builder.HasIndex(p => p.CategoryId);
        builder.OwnsMany(p => p.Images, image =>
        {
            image.ToTable("product_images");
            image.WithOwner().HasForeignKey("ProductId");
            image.HasKey(i => i.Id);
            image.Property(i => i.Id).ValueGeneratedNever();
            image.Property(i => i.FileKey).HasMaxLength(300);
            image.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
        });
        builder.Navigation(p => p.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Two requests changing the same row: the second save fails (409) instead of overwriting the first.
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(p => p.Available);
        builder.Ignore(p => p.DomainEvents);
    }
}
