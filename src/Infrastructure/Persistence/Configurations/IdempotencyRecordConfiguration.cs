using CustomiseYou.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasKey(AppDbContext.TenantIdProperty, nameof(IdempotencyRecord.UserId), nameof(IdempotencyRecord.Key));
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Response); // text on every provider: written by plain SQL without casts
        builder.HasIndex(r => r.ExpiresAt);
    }
}
