using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.VerifyPhone;

public sealed class VerifyPhoneHandler(IUserRepository users, IOneTimeCodeRepository codes, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<VerifyPhoneCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(VerifyPhoneCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(currentUser.RequiredUserId, cancellationToken);
        var code = await codes.GetLatestAsync(OneTimeCodePurpose.PhoneVerification, command.Phone, cancellationToken);
        if (user is null || code is null || code.UserId != user.Id)
        {
            return OneTimeCodeErrors.Invalid;
        }

        var verified = code.Verify(SecretHash.Of(command.Code), clock.GetUtcNow());
        if (verified.IsSuccess)
        {
            user.VerifyPhone(command.Phone);
        }

        return verified;
    }
}
