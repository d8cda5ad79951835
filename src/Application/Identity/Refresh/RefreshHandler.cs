using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.Refresh;

public sealed class RefreshHandler(ISessionRepository sessions, IUserRepository users, SessionIssuer issuer, TimeProvider clock)
    : ICommandHandler<RefreshCommand, Result<TokenPair>>
{
    public async ValueTask<Result<TokenPair>> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var presentedHash = SecretHash.Of(command.RefreshToken);
        var session = await sessions.GetByRefreshTokenHashAsync(presentedHash, cancellationToken);
        if (session is null)
        {
            return SessionErrors.Expired;
        }

        var newToken = SecretHash.NewToken();
        var rotated = session.Rotate(presentedHash, SecretHash.Of(newToken), clock.GetUtcNow());
        if (!rotated.IsSuccess)
        {
            return rotated.Error!;
        }

        var user = await users.GetByIdAsync(session.UserId, cancellationToken);
        return user is null ? SessionErrors.Expired : issuer.Pair(user, session.Id, newToken);
    }
}
