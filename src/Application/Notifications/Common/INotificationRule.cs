using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Notifications.Common;

/// <summary>
/// Decides who is told what about one kind of domain event. Implementations are found by assembly scan (see
/// AddApplication); derive from <see cref="NotificationRule{TEvent}"/>. An event type without a rule sends nothing.
/// </summary>
public interface INotificationRule
{
    Type EventType { get; }

    Task<IReadOnlyList<NotificationIntent>> MapAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}
