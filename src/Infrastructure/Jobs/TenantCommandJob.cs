using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// The one Quartz job type behind every catalog entry: its job data names the catalog job and the tenant; a manual
/// run's trigger adds the run id. Runs the entry as that tenant and records the run in the tenant's database.
/// Non-concurrent per Quartz job, that is per (job, tenant): a slow run delays the next fire instead of overlapping it.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class TenantCommandJob(
    IServiceScopeFactory scopes, ITenantStore tenants, JobRunRecorder runs, ILogger<TenantCommandJob> logger) : IJob
{
    public const string JobName = "job";
    public const string TenantId = "tenant";
    public const string RunId = "runId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var name = data.GetString(JobName);
        var job = JobCatalog.Find(name ?? string.Empty)
            ?? throw new JobExecutionException($"Quartz job {context.JobDetail.Key} names '{name}', which is not in the job catalog.");
        var tenant = tenants.Find(data.GetString(TenantId) ?? string.Empty)
            ?? throw new JobExecutionException($"Quartz job {context.JobDetail.Key} names a tenant that is not configured.");
        Guid? requested = Guid.TryParse(data.GetString(RunId), out var id) ? id : null;

        var runId = await runs.StartAsync(
            tenant,
            job.Name,
            requested,
            context.ScheduledFireTimeUtc ?? context.FireTimeUtc,
            context.Scheduler.SchedulerInstanceId,
            cancellationToken);
        try
        {
            var result = await job.Run(new TenantJobContext(scopes, tenant, runId), cancellationToken);
            if (!result.IsSuccess)
            {
                await runs.FinishAsync(tenant, job.Name, runId, null, $"{result.Error!.Code}: {result.Error.Message}", CancellationToken.None);
                throw new JobExecutionException($"Job {job.Name} for tenant {tenant.Id} failed with {result.Error.Code}.");
            }

            await runs.FinishAsync(tenant, job.Name, runId, result.Value, null, CancellationToken.None);
            LogFinished(job.Name, tenant.Id, runId, result.Value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var error = $"{JobRunRecorder.CancelledPrefix} the scheduler shut down during the run.";
            await runs.FinishAsync(tenant, job.Name, runId, null, error, CancellationToken.None);
            throw;
        }
        catch (Exception exception) when (exception is not JobExecutionException)
        {
            // Recorded for the operator, then handed to Quartz, which logs it with the job key and counts the failure.
            await runs.FinishAsync(tenant, job.Name, runId, null, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None);
            throw new JobExecutionException($"Job {job.Name} for tenant {tenant.Id} threw.", exception);
        }
    }

    // Debug: every run is recorded in job_runs; the every-minute jobs would flood the log at Information.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} for tenant {TenantId} finished run {RunId}: {Outcome}")]
    private partial void LogFinished(string job, string tenantId, Guid runId, string outcome);
}
