using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using Mediator;

namespace CustomiseYou.Application.Notifications.RetryDeadLetter;

public sealed class RetryDeadLetterHandler(INotificationDeliveryRepository deliveries, TimeProvider clock)
    : ICommandHandler<RetryDeadLetterCommand, Result<NotificationDeliveryDto>>
{
    public async ValueTask<Result<NotificationDeliveryDto>> Handle(RetryDeadLetterCommand command, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetByIdAsync(command.Id, cancellationToken);
        if (delivery is null)
        {
            return NotificationErrors.DeliveryNotFound(command.Id);
        }

        delivery.Retry(clock.GetUtcNow());
        return NotificationDeliveryDto.From(delivery);
    }
}
