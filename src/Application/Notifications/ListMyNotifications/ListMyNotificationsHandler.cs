using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.ListMyNotifications;

public sealed class ListMyNotificationsHandler(INotificationQueries queries, ICurrentUser currentUser)
    : IQueryHandler<ListMyNotificationsQuery, Result<NotificationPage>>
{
    public async ValueTask<Result<NotificationPage>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken) =>
        await queries.ListForRecipientAsync(currentUser.RequiredUserId, query.Limit, query.Cursor, cancellationToken);
}
