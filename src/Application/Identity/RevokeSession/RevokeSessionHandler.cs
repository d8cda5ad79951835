using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.RevokeSession;

/// <summary>Signs one of the caller's devices out; another user's session is reported as not found.</summary>
public sealed class RevokeSessionHandler(ISessionRepository sessions, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RevokeSessionCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(RevokeSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.GetByIdAsync(command.SessionId, cancellationToken);
        if (session is null || session.UserId != currentUser.RequiredUserId)
        {
            return IdentityErrors.SessionNotFound(command.SessionId);
        }

        session.Revoke("signed out by the user", clock.GetUtcNow());
        return Success.Value;
    }
}
