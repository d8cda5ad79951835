using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.GetNotificationPreferences;

public sealed class GetNotificationPreferencesHandler(INotificationQueries queries, ICurrentUser currentUser)
    : IQueryHandler<GetNotificationPreferencesQuery, Result<NotificationPreferencesDto>>
{
    public async ValueTask<Result<NotificationPreferencesDto>> Handle(GetNotificationPreferencesQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await queries.GetPreferencesAsync(userId, cancellationToken) is { } preferences ? preferences : IdentityErrors.UserNotFound(userId);
    }
}
