using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Notifications.RetryDeadLetter;

/// <summary>Puts a dead-lettered delivery back in the queue with a fresh set of attempts; the next dispatch sends it.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RetryDeadLetterCommand(Guid Id) : ICommand<Result<NotificationDeliveryDto>>;
