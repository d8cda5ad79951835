using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Whether this node's scheduler runs and, on the clustered store, reaches its database. Registered as Degraded rather
/// than Unhealthy: a node whose jobs cannot run still serves requests, so operators should see it without the node
/// being taken out of rotation.
/// </summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IOptions<JobsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["store"] = options.Value.Store.ToString() };
        try
        {
            // A scheduler that was shut down cannot be handed out again: the factory throws.
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken);
            data["instance"] = await scheduler.GetSchedulerInstanceId(cancellationToken);
            data["state"] = status.ToString();
            if (status != SchedulerStatus.Running)
            {
                return new HealthCheckResult(
                    context.Registration.FailureStatus, $"The job scheduler is {status}: no job fires on this node.", data: data);
            }

            // Reads the job store: on the clustered store, a round trip to the scheduler database.
            data["jobs"] = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).Count;
            return HealthCheckResult.Healthy("The job scheduler runs and reads its job store.", data);
        }
        catch (SchedulerException exception)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus, $"The job scheduler is unavailable: {exception.Message}", exception, data);
        }
    }
}
