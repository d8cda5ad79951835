using CustomiseYou.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(AppDbContext.TenantIdProperty);
        // Slugs are unique among siblings; roots (parent null) count as siblings too.
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(Category.ParentId), nameof(Category.Slug))
            .IsUnique()
            .AreNullsDistinct(false);
        builder.Ignore(c => c.DomainEvents);
    }
}
