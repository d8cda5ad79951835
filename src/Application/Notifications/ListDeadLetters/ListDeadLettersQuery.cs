using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.ListDeadLetters;

/// <summary>Email and SMS deliveries that used up their attempts, newest first, for an admin to inspect and retry.</summary>
[Authorize(Roles.Admin)]
public sealed record ListDeadLettersQuery(int Limit, string? Cursor) : IQuery<Result<NotificationDeliveryPage>>;
