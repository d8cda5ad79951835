namespace CustomiseYou.Application.Notifications.Common;

/// <summary>Read side of notifications, in the current tenant.</summary>
public interface INotificationQueries
{
    /// <summary>The recipient's inbox, newest first, keyset-paginated.</summary>
    Task<NotificationPage> ListForRecipientAsync(Guid recipientId, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>The caller's preferences with the defaults filled in, or null when the user does not exist.</summary>
    Task<NotificationPreferencesDto?> GetPreferencesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Dead-lettered deliveries, newest first.</summary>
    Task<NotificationDeliveryPage> ListDeadLettersAsync(int limit, string? cursor, CancellationToken cancellationToken);
}
