using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.RevokeSession;

[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RevokeSessionCommand(Guid SessionId) : ICommand<Result<Success>>;
