using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read; marking it again changes nothing.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record MarkNotificationReadCommand(Guid Id) : ICommand<Result<NotificationDto>>;
