using CustomiseYou.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class NotificationDeliveryRepository(AppDbContext db) : INotificationDeliveryRepository
{
    public Task<NotificationDelivery?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.NotificationDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
}
