using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.StartPrivacyRequest;

/// <summary>Claims a due request for one run (Running, with a lease); false when it is not due or has run out of attempts.</summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record StartPrivacyRequestCommand(Guid Id) : ICommand<Result<bool>>;
