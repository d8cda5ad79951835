using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>Bound from <c>Notifications:Dispatch</c>.</summary>
public sealed class NotificationDispatchOptions
{
    public const string SectionName = "Notifications:Dispatch";

    /// <summary>Events fanned out, and deliveries sent, per dispatch round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Attempts per delivery (and per event fan-out) before it is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public int RetryBaseDelaySeconds { get; set; } = 30;

    public int RetryMaxDelayMinutes { get; set; } = 60;

    /// <summary>
    /// How long a dispatcher holds a claimed delivery. A delivery still Sending after its lease belongs to a
    /// dispatcher that stopped mid-send; it is dead-lettered rather than sent again (at most once). Keep it well
    /// above the provider's HTTP timeout.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    public DeliveryRetryPolicy RetryPolicy =>
        new(MaxAttempts, TimeSpan.FromSeconds(RetryBaseDelaySeconds), TimeSpan.FromMinutes(RetryMaxDelayMinutes));

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public bool IsValid =>
        BatchSize is > 0 and <= 1000 && MaxAttempts > 0 && RetryBaseDelaySeconds > 0 && RetryMaxDelayMinutes * 60 >= RetryBaseDelaySeconds
        && LeaseSeconds > 0;
}
