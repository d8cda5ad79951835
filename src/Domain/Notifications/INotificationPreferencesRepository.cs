namespace CustomiseYou.Domain.Notifications;

public interface INotificationPreferencesRepository
{
    /// <summary>The stored preferences, or null when the user never changed the defaults.</summary>
    Task<NotificationPreferences?> GetAsync(Guid userId, CancellationToken cancellationToken);

    void Add(NotificationPreferences preferences);
}
