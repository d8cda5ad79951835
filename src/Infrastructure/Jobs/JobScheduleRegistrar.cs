using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// At start-up, makes the scheduler hold exactly the catalog: one durable Quartz job per (job, tenant), and its cron
/// trigger when schedules are on. Runs on every node, so each step is safe to repeat and to race: jobs are replaced
/// (their data is only the names), a trigger is replaced only when its schedule changed (a restart keeps the fire
/// history), and jobs no longer in the catalog are deleted with their triggers.
/// </summary>
public sealed partial class JobScheduleRegistrar(
    ISchedulerFactory schedulers, ITenantStore tenants, IOptions<JobsOptions> options, ILogger<JobScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var schedulesOn = options.Value.Schedules.Enabled;
        foreach (var tenant in tenants.All)
        {
            foreach (var job in JobCatalog.All)
            {
                var jobKey = TenantJobTriggers.JobKey(job.Name, tenant.Id);
                await scheduler.AddJob(
                    JobBuilder.Create<TenantCommandJob>()
                        .WithIdentity(jobKey)
                        .WithDescription($"{job.Name} for {tenant.Id}")
                        .UsingJobData(TenantCommandJob.JobName, job.Name)
                        .UsingJobData(TenantCommandJob.TenantId, tenant.Id)
                        .StoreDurably() // kept without a trigger, for manual runs while schedules are off
                        .Build(),
                    AddJobOptions.Replacing, cancellationToken);

                var triggerKey = TenantJobTriggers.TriggerKey(job.Name, tenant.Id);
                if (!schedulesOn)
                {
                    await scheduler.UnscheduleJob(triggerKey, cancellationToken);
                    continue;
                }

                var wanted = TenantJobTriggers.Build(job, tenant);
                if (await scheduler.GetTrigger(triggerKey, cancellationToken) is not { } stored || !TenantJobTriggers.IsCurrent(stored, wanted))
                {
                    var scheduled = await scheduler.ScheduleTrigger(wanted, TriggerConflict.Replace, cancellationToken);
                    LogScheduled(job.Name, tenant.Id, job.Schedule.CronFor(tenant), tenant.TimeZone, scheduled.NextFireTimeUtc);
                }
            }

            await RemoveRetiredJobsAsync(scheduler, tenant.Id, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RemoveRetiredJobsAsync(IScheduler scheduler, string tenantId, CancellationToken cancellationToken)
    {
        var retired = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(tenantId), cancellationToken))
            .Where(key => JobCatalog.Find(key.Name) is null)
            .ToList();
        if (retired.Count > 0)
        {
            await scheduler.DeleteJobs(retired, cancellationToken);
            LogRetired(tenantId, string.Join(", ", retired.Select(key => key.Name)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} for tenant {TenantId} scheduled on '{Cron}' ({TimeZone}); next fire {NextFireUtc:u}")]
    private partial void LogScheduled(string job, string tenantId, string cron, string timeZone, DateTimeOffset nextFireUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: removed jobs no longer in the catalog: {Jobs}")]
    private partial void LogRetired(string tenantId, string jobs);
}
