using CustomiseYou.Application.Common.Abstractions;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>Manual runs: the run is recorded as queued first, then a one-off Quartz trigger carrying its id fires the job.</summary>
public sealed class QuartzJobScheduler(ISchedulerFactory schedulers, ITenantStore tenants, JobRunRecorder runs) : IJobScheduler
{
    public IReadOnlyList<string> Jobs { get; } = [.. JobCatalog.All.Select(job => job.Name)];

    public async Task<Guid> TriggerNowAsync(string job, string tenantId, CancellationToken cancellationToken)
    {
        var entry = JobCatalog.Find(job) ?? throw new ArgumentException($"There is no job '{job}'.", nameof(job));
        var tenant = tenants.Find(tenantId) ?? throw new ArgumentException($"There is no tenant '{tenantId}'.", nameof(tenantId));
        var runId = Guid.CreateVersion7();
        // Committed before the trigger exists, so whichever node fires it finds the run to claim.
        await runs.QueueAsync(tenant, runId, entry.Name, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(
            TenantJobTriggers.JobKey(entry.Name, tenant.Id), new JobDataMap { [TenantCommandJob.RunId] = runId.ToString() }, cancellationToken);
        return runId;
    }
}
