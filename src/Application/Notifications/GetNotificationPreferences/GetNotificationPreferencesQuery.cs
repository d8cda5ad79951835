using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.GetNotificationPreferences;

[Authorize]
public sealed record GetNotificationPreferencesQuery : IQuery<Result<NotificationPreferencesDto>>;
