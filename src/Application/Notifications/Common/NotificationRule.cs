using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Notifications.Common;

/// <summary>The typed base of a rule: one class per event type that notifies anyone.</summary>
public abstract class NotificationRule<TEvent> : INotificationRule
    where TEvent : IDomainEvent
{
    public Type EventType => typeof(TEvent);

    public Task<IReadOnlyList<NotificationIntent>> MapAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        MapAsync((TEvent)domainEvent, cancellationToken);

    protected abstract Task<IReadOnlyList<NotificationIntent>> MapAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
