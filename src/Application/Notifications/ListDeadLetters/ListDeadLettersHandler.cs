using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.ListDeadLetters;

public sealed class ListDeadLettersHandler(INotificationQueries queries) : IQueryHandler<ListDeadLettersQuery, Result<NotificationDeliveryPage>>
{
    public async ValueTask<Result<NotificationDeliveryPage>> Handle(ListDeadLettersQuery query, CancellationToken cancellationToken) =>
        await queries.ListDeadLettersAsync(query.Limit, query.Cursor, cancellationToken);
}
