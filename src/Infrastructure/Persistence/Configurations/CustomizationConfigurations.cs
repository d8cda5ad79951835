using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class ProductCustomizationConfiguration : IEntityTypeConfiguration<ProductCustomization>
{
    public void Configure(EntityTypeBuilder<ProductCustomization> builder)
    {
        builder.ToTable("product_customizations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Definition).HasColumnType("jsonb");
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        // Versions never repeat: two concurrent saves cannot both become version n.
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(ProductCustomization.ProductId), nameof(ProductCustomization.Version)).IsUnique();
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class CustomerUploadConfiguration : IEntityTypeConfiguration<CustomerUpload>
{
    public void Configure(EntityTypeBuilder<CustomerUpload> builder)
    {
        builder.ToTable("customer_uploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.FileKey).HasMaxLength(300);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<User>().WithMany().HasForeignKey(u => u.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.OwnerUserId);
        builder.Ignore(u => u.DomainEvents);
    }
}
