using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyEmail;

public sealed class VerifyEmailHandler(IUserRepository users, IOneTimeCodeRepository codes, TimeProvider clock)
    : ICommandHandler<VerifyEmailCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(VerifyEmailCommand command, CancellationToken cancellationToken)
    {
        var email = Email.Normalize(command.Email);
        var user = await users.GetByEmailAsync(email, cancellationToken);
        var code = await codes.GetLatestAsync(OneTimeCodePurpose.EmailVerification, email, cancellationToken);
        if (user is null || code is null || code.UserId != user.Id)
        {
            return OneTimeCodeErrors.Invalid;
        }

        var verified = code.Verify(SecretHash.Of(command.Code), clock.GetUtcNow());
        if (verified.IsSuccess)
        {
            user.VerifyEmail();
        }

        return verified;
    }
}
