using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.ListMyNotifications;

[Authorize]
public sealed record ListMyNotificationsQuery(int Limit, string? Cursor) : IQuery<Result<NotificationPage>>;
