using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.ExternalSignIn;

public sealed class ExternalSignInHandler(
    IExternalIdentityVerifier verifier, IUserRepository users, SessionIssuer sessions, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ExternalSignInCommand, Result<TokenPair>>
{
    public async ValueTask<Result<TokenPair>> Handle(ExternalSignInCommand command, CancellationToken cancellationToken)
    {
        var verified = await verifier.VerifyAsync(command.Provider, command.IdToken, command.Nonce, cancellationToken);
        if (!verified.IsSuccess)
        {
            return verified.Error!;
        }

        var identity = verified.Value;
        var login = new ExternalLogin(identity.Provider.ToString(), identity.Subject);
        var user = await users.GetByExternalLoginAsync(login.Provider, login.Subject, cancellationToken);
        if (user is null)
        {
            if (identity.Email is null || !Email.IsValid(identity.Email))
            {
                return Error.Rule("auth.external_email_missing", "The provider did not share an email address; allow it and try again.");
            }

            user = await users.GetByEmailAsync(Email.Normalize(identity.Email), cancellationToken);
            if (user is not null)
            {
                // Linking on an unverified claim would let anyone take over an account by naming its email.
                if (!identity.EmailVerified)
                {
                    return IdentityErrors.ExternalEmailUnverified;
                }

                user.LinkExternalLogin(login);
                user.VerifyEmailThroughProvider();
            }
            else
            {
                var name = command.FullName ?? identity.Name ?? identity.Email.Split('@')[0];
                user = User.RegisterExternal(Guid.CreateVersion7(), identity.Email, identity.EmailVerified, name, login, clock.GetUtcNow());
                users.Add(user);
            }
        }

        var tokens = sessions.Start(user);
        await unitOfWork.CommitAsync(cancellationToken); // after the provider's keys were fetched, outside any transaction
        return tokens;
    }
}
