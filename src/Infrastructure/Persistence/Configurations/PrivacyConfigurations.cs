using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.ToTable("privacy_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequestedByRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Locale).HasMaxLength(35);
        builder.Property(r => r.FileKey).HasMaxLength(300);
        builder.PrimitiveCollection(r => r.Blockers).HasField("_blockers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.SubjectUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SubjectUserId, r.Kind });
        // The job reads only open and ready requests.
        builder.HasIndex(r => r.Status);
        // Two runs claiming the same request: the second save fails (409) and that run skips it.
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(r => r.DomainEvents);
    }
}

/// <summary>
/// Append-only; on PostgreSQL the Privacy migration adds triggers refusing UPDATE, DELETE and TRUNCATE
/// (<see cref="PrivacyAuditLogSql"/>).
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(PrivacyAuditLogSql.Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => e.SubjectUserId);
        builder.HasIndex(e => e.ActorUserId);
        builder.Ignore(e => e.DomainEvents);
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("legal_holds");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Property(h => h.ReleaseReason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.UserId);
        builder.Property<Guid>(AppDbContext.RowVersionProperty).IsConcurrencyToken();
        builder.Ignore(h => h.IsActive);
        builder.Ignore(h => h.DomainEvents);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consent_records");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Source).HasMaxLength(ConsentRecord.SourceMaxLength);
        builder.Property(c => c.UserAgent).HasMaxLength(300);
        builder.Property(c => c.PolicyVersion).HasMaxLength(40);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.UserId, c.Purpose });
        builder.Ignore(c => c.DomainEvents);
    }
}
