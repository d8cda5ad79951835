using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.Logout;

/// <summary>Revokes the token's session. An unknown token is already signed out, so it succeeds too.</summary>
public sealed class LogoutHandler(ISessionRepository sessions, TimeProvider clock) : ICommandHandler<LogoutCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.GetByRefreshTokenHashAsync(SecretHash.Of(command.RefreshToken), cancellationToken);
        session?.Revoke("logout", clock.GetUtcNow());
        return Success.Value;
    }
}
