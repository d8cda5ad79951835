namespace CustomiseYou.Domain.Notifications;

/// <summary>
/// Exponential backoff: the n-th failed attempt waits <c>BaseDelay × 2^(n-1)</c>, at most <see cref="MaxDelay"/>;
/// after <see cref="MaxAttempts"/> the delivery is dead-lettered.
/// </summary>
public sealed record DeliveryRetryPolicy
{
    public DeliveryRetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        MaxAttempts = maxAttempts;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
    }

    public int MaxAttempts { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    /// <summary>How long to wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        // Doubling stops once past the cap, so large attempt counts cannot overflow.
        var delay = BaseDelay;
        for (var i = 1; i < attempts && delay < MaxDelay; i++)
        {
            delay *= 2;
        }

        return delay < MaxDelay ? delay : MaxDelay;
    }
}
