namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>
/// One dispatch round for the current tenant (set it with <c>ITenantContext.Change</c> in a fresh scope): pending
/// outbox events become in-app notifications and email/SMS deliveries, then due deliveries are sent. Safe to run on
/// several instances at once (see ADR 0010). Call it again while <see cref="DispatchResult.DidWork"/> to drain.
/// </summary>
public sealed class NotificationDispatcher
{
    private readonly OutboxFanOut _fanOut;
    private readonly DeliverySender _sender;

    internal NotificationDispatcher(OutboxFanOut fanOut, DeliverySender sender)
    {
        _fanOut = fanOut;
        _sender = sender;
    }

    public async Task<DispatchResult> DispatchAsync(CancellationToken cancellationToken)
    {
        var events = await _fanOut.RunAsync(cancellationToken);
        var (sent, failed, deadLettered) = await _sender.RunAsync(cancellationToken);
        return new DispatchResult(events, sent, failed, deadLettered);
    }
}
