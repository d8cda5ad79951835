using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ReleaseLegalHold;

[Authorize(Roles.Compliance, Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record ReleaseLegalHoldCommand(Guid Id, string Reason) : ICommand<Result<LegalHoldDto>>;
