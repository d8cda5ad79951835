using System.Diagnostics.Metrics;

namespace CustomiseYou.Infrastructure.Observability;

/// <summary>
/// The platform's business metrics (meter <see cref="MeterName"/>), exported on <c>/metrics</c> as
/// <c>customiseyou_domain_events_total</c>, <c>customiseyou_notification_deliveries_total</c> and
/// <c>customiseyou_job_runs_total</c>. Labels are bounded: a region id, an event type, a channel, a job name, an outcome.
/// Never a person, an order or an amount (deploy/prometheus/alerts.yml alerts on these).
/// </summary>
public sealed class PlatformMetrics : IDisposable
{
    public const string MeterName = "CustomiseYou";

    private readonly Meter _meter;
    private readonly Counter<long> _events;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _jobRuns;

    public PlatformMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _events = _meter.CreateCounter<long>("customiseyou.domain_events", description: "Committed domain events by region and type.");
        _deliveries = _meter.CreateCounter<long>(
            "customiseyou.notification_deliveries", description: "Notification delivery attempts by region, channel and outcome.");
        _jobRuns = _meter.CreateCounter<long>("customiseyou.job_runs", description: "Finished job runs by region, job and outcome.");
    }

    /// <summary>Called once a change commits, with each event type it raised (OrderPlaced, PaymentSucceeded, PayoutFailed…).</summary>
    public void EventCommitted(string tenant, string eventType) =>
        _events.Add(1, new KeyValuePair<string, object?>("tenant", tenant), new KeyValuePair<string, object?>("event", eventType));

    /// <summary>An attempt's outcome: sent, failed (to be retried) or dead_lettered.</summary>
    public void DeliveryAttempted(string tenant, string channel, string outcome) =>
        _deliveries.Add(1, new("tenant", tenant), new("channel", channel), new("outcome", outcome));

    /// <summary>A run's outcome: succeeded, failed or cancelled.</summary>
    public void JobFinished(string tenant, string job, string outcome) =>
        _jobRuns.Add(1, new("tenant", tenant), new("job", job), new("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
