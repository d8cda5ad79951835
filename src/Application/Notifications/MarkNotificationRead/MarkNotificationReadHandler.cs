using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using Mediator;

namespace CustomiseYou.Application.Notifications.MarkNotificationRead;

public sealed class MarkNotificationReadHandler(INotificationRepository notifications, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkNotificationReadCommand, Result<NotificationDto>>
{
    public async ValueTask<Result<NotificationDto>> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await notifications.GetByIdAsync(command.Id, cancellationToken);
        if (notification is null || notification.RecipientId != currentUser.RequiredUserId)
        {
            return NotificationErrors.NotFound(command.Id);
        }

        notification.MarkRead(clock.GetUtcNow());
        return NotificationDto.From(notification);
    }
}
