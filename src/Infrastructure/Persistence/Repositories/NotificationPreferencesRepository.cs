using CustomiseYou.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class NotificationPreferencesRepository(AppDbContext db) : INotificationPreferencesRepository
{
    public Task<NotificationPreferences?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        db.NotificationPreferences.FirstOrDefaultAsync(p => p.Id == userId, cancellationToken);

    public void Add(NotificationPreferences preferences) => db.NotificationPreferences.Add(preferences);
}
