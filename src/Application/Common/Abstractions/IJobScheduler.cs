namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>The scheduler that runs the per-tenant jobs (payouts, notification dispatch, order expiry and completion).</summary>
public interface IJobScheduler
{
    /// <summary>The names of the jobs every tenant has, in catalog order.</summary>
    IReadOnlyList<string> Jobs { get; }

    /// <summary>
    /// Queues one run of <paramref name="job"/> for <paramref name="tenantId"/> now, next to its schedule, and returns
    /// the run's id; the run is recorded (queued, running, finished) under that id.
    /// </summary>
    Task<Guid> TriggerNowAsync(string job, string tenantId, CancellationToken cancellationToken);
}
