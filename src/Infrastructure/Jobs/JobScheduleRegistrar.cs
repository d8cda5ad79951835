using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// At start-up, puts the catalog into the scheduler: one durable Quartz job per (job, tenant), and its cron trigger
/// when schedules are on (removed when they are off, so the setting must be the same on every node). Runs on every
/// node, so each step is safe to repeat and to race: jobs are replaced (their data is only the names), and a trigger
/// is replaced only when its schedule changed, so a restart keeps its fire history. Jobs dropped from the catalog are
/// left alone: during a rolling deployment an older node must not delete the jobs a newer one added.
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
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Job {Job} for tenant {TenantId} scheduled on '{Cron}' ({TimeZone}); next fire {NextFireUtc:u}")]
    private partial void LogScheduled(string job, string tenantId, string cron, string timeZone, DateTimeOffset nextFireUtc);
}
