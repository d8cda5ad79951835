using CustomiseYou.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomiseYou.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.Property<string>(AppDbContext.TenantIdProperty);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Job).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(JobRun.OutcomeMaxLength);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);
        // GET /admin/jobs: the latest runs of each job (ids are time-ordered).
        builder.HasIndex(AppDbContext.TenantIdProperty, nameof(JobRun.Job), nameof(JobRun.Id));
    }
}
