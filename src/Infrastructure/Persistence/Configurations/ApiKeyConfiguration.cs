using CustomiseYou.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.PublicId).HasMaxLength(ApiKey.PublicIdLength).IsRequired();
        builder.HasIndex(k => k.PublicId).IsUnique();
        builder.Property(k => k.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.SecretHash).HasMaxLength(ApiKey.HashLength).IsRequired();
        builder.Property(k => k.PreviousSecretHash).HasMaxLength(ApiKey.HashLength);
        builder.PrimitiveCollection(k => k.Scopes).HasField("_scopes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(k => k.CreatedAt);
        builder.HasIndex(k => k.OwnerUserId);
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(k => k.DomainEvents);
    }
}
