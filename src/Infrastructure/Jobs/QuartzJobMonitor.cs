using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>Schedules from Quartz (next fire), runs from the current tenant's <c>job_runs</c> (last fire and result).</summary>
public sealed class QuartzJobMonitor(ISchedulerFactory schedulers, ITenantContext tenantContext, AppDbContext db) : IJobMonitor
{
    public async Task<IReadOnlyList<JobStatusDto>> ListAsync(CancellationToken cancellationToken)
    {
        var tenant = tenantContext.Tenant;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<JobStatusDto>(JobCatalog.All.Count);
        foreach (var job in JobCatalog.All)
        {
            var trigger = await scheduler.GetTrigger(TenantJobTriggers.TriggerKey(job.Name, tenant.Id), cancellationToken);
            var runs = db.JobRuns.AsNoTracking().Where(r => r.Job == job.Name).OrderByDescending(r => r.Id);
            var lastRun = await runs.FirstOrDefaultAsync(cancellationToken);
            var lastStarted = lastRun?.StartedAt ?? (await runs.Where(r => r.StartedAt != null).FirstOrDefaultAsync(cancellationToken))?.StartedAt;
            jobs.Add(new JobStatusDto(
                job.Name, job.Schedule.CronFor(tenant), tenant.TimeZone, trigger?.NextFireTimeUtc, lastStarted, lastRun?.ToDto()));
        }

        return jobs;
    }

    public async Task<JobRunDto?> FindRunAsync(Guid runId, CancellationToken cancellationToken) =>
        (await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken))?.ToDto();
}
