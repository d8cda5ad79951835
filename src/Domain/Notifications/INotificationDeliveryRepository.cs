namespace CustomiseYou.Domain.Notifications;

public interface INotificationDeliveryRepository
{
    Task<NotificationDelivery?> GetByIdAsync(Guid id, CancellationToken cancellationToken);
}
