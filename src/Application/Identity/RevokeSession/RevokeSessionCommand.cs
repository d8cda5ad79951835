using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.RevokeSession;

[Authorize]
public sealed record RevokeSessionCommand(Guid SessionId) : ICommand<Result<Success>>;
