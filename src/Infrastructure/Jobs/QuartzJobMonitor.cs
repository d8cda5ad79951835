using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;
using JobRunStatus = CustomiseYou.Application.Jobs.Common.JobRunStatus;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Schedules from Quartz (next fire), runs from the current tenant's <c>job_runs</c> (last fire and result); a manual
/// run that has not started yet is its pending Quartz trigger.
/// </summary>
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
            var lastRun = await db.JobRuns.AsNoTracking().Where(r => r.Job == job.Name).OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            jobs.Add(new JobStatusDto(
                job.Name, job.Schedule.CronFor(tenant), tenant.TimeZone, trigger?.NextFireTimeUtc, lastRun?.StartedAt, lastRun?.ToDto()));
        }

        return jobs;
    }

    /// <summary>
    /// A manual run's trigger lives until its job has finished, and the job records the run when it starts, so at every
    /// moment one of the two exists. Between a missed record and a missed trigger the whole run may have happened, so
    /// the record is looked up again after the trigger: looking once each answered 404 for a run that had just finished.
    /// </summary>
    public async Task<JobRunDto?> FindRunAsync(Guid runId, CancellationToken cancellationToken) =>
        await FindRecordedAsync(runId, cancellationToken)
        ?? await FindQueuedAsync(runId, cancellationToken)
        ?? await FindRecordedAsync(runId, cancellationToken);

    private async Task<JobRunDto?> FindRecordedAsync(Guid runId, CancellationToken cancellationToken) =>
        (await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken))?.ToDto();

    /// <summary>A manual run of this tenant whose trigger still waits in the scheduler.</summary>
    private async Task<JobRunDto?> FindQueuedAsync(Guid runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var id = runId.ToString();
        foreach (var job in JobCatalog.All)
        {
            var triggers = await scheduler.GetTriggersOfJob(TenantJobTriggers.JobKey(job.Name, tenantContext.Tenant.Id), cancellationToken);
            if (triggers.FirstOrDefault(t => t.JobDataMap.GetString(TenantCommandJob.RunId) == id) is { } pending)
            {
                return new JobRunDto(runId, job.Name, JobRunStatus.Queued, true, pending.StartTimeUtc, null, null, null, null);
            }
        }

        return null;
    }
}
