using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Application.Notifications.Common;

public sealed record NotificationDto(
    Guid Id, NotificationCategory Category, string Template, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification n) => new(n.Id, n.Category, n.Template, n.Title, n.Body, n.CreatedAt, n.ReadAt);
}

/// <summary>Newest first; <see cref="UnreadCount"/> counts the whole inbox, not just this page.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationDto> Items, string? NextCursor, int UnreadCount);

/// <summary>An email or SMS delivery as admins see it; no address or text (those are personal data), the recipient by id.</summary>
public sealed record NotificationDeliveryDto(
    Guid Id,
    Guid EventId,
    Guid RecipientId,
    NotificationChannel Channel,
    NotificationCategory Category,
    string Template,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt)
{
    public static NotificationDeliveryDto From(NotificationDelivery d) => new(
        d.Id, d.EventId, d.RecipientId, d.Channel, d.Category, d.Template, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.LastError,
        d.CreatedAt);
}

public sealed record NotificationDeliveryPage(IReadOnlyList<NotificationDeliveryDto> Items, string? NextCursor);
