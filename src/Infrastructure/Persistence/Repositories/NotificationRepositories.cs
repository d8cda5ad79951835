using CustomiseYou.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class NotificationRepository(AppDbContext db) : INotificationRepository
{
    public Task<Notification?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Notifications.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
}

internal sealed class NotificationDeliveryRepository(AppDbContext db) : INotificationDeliveryRepository
{
    public Task<NotificationDelivery?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.NotificationDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
}

internal sealed class NotificationPreferencesRepository(AppDbContext db) : INotificationPreferencesRepository
{
    public Task<NotificationPreferences?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        db.NotificationPreferences.FirstOrDefaultAsync(p => p.Id == userId, cancellationToken);

    public void Add(NotificationPreferences preferences) => db.NotificationPreferences.Add(preferences);
}
