namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>What one dispatch round did in one tenant.</summary>
/// <param name="EventsDispatched">Outbox events turned into notifications (those without a rule are marked processed and not counted).</param>
/// <param name="DeadLettered">Deliveries that used up their attempts, or whose dispatcher stopped mid-send.</param>
public sealed record DispatchResult(int EventsDispatched, int Sent, int Failed, int DeadLettered)
{
    /// <summary>Whether another round right away may find more to do.</summary>
    public bool DidWork => EventsDispatched + Sent + Failed + DeadLettered > 0;
}
