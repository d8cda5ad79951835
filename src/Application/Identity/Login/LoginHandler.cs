using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.Login;

public sealed class LoginHandler(IUserRepository users, IPasswordHasher hasher, SessionIssuer sessions, TimeProvider clock)
    : ICommandHandler<LoginCommand, Result<TokenPair>>
{
    /// <summary>Checked for unknown emails too, so that both answers cost the same time.</summary>
    private static string? _dummyHash;

    public async ValueTask<Result<TokenPair>> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await users.GetByEmailAsync(Email.Normalize(command.Email), cancellationToken);
        var storedHash = user?.PasswordHash ?? (_dummyHash ??= hasher.Hash(SecretHash.NewToken()));
        var passwordMatches = hasher.Verify(storedHash, command.Password);
        if (user?.PasswordHash is null || user.IsLockedOut(now))
        {
            return IdentityErrors.InvalidCredentials;
        }

        if (!passwordMatches)
        {
            user.RecordFailedLogin(now);
            return IdentityErrors.InvalidCredentials;
        }

        if (!user.EmailVerified)
        {
            return IdentityErrors.EmailUnverified;
        }

        user.RecordSuccessfulLogin();
        return sessions.Start(user);
    }
}
