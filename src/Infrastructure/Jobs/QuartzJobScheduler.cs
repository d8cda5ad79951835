using CustomiseYou.Application.Common.Abstractions;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Manual runs: a one-off Quartz trigger carrying a new run id fires the job on whichever node takes it. Nothing is
/// written to the tenant database here, so a caller inside a unit of work (a transaction) cannot block on it; until
/// the run starts, the pending trigger itself is the queued run (see <see cref="QuartzJobMonitor"/>).
/// </summary>
public sealed class QuartzJobScheduler(ISchedulerFactory schedulers, ITenantStore tenants) : IJobScheduler
{
    public IReadOnlyList<string> Jobs { get; } = [.. JobCatalog.All.Select(job => job.Name)];

    public async Task<Guid> TriggerNowAsync(string job, string tenantId, CancellationToken cancellationToken)
    {
        var entry = JobCatalog.Find(job) ?? throw new ArgumentException($"There is no job '{job}'.", nameof(job));
        var tenant = tenants.Find(tenantId) ?? throw new ArgumentException($"There is no tenant '{tenantId}'.", nameof(tenantId));
        var runId = Guid.CreateVersion7();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(
            TenantJobTriggers.JobKey(entry.Name, tenant.Id), new JobDataMap { [TenantCommandJob.RunId] = runId.ToString() }, cancellationToken);
        return runId;
    }
}
