using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.SendPhoneCode;

public sealed class SendPhoneCodeHandler(OneTimeCodeSender codes, IUnitOfWork unitOfWork, ICurrentUser currentUser)
    : ICommandHandler<SendPhoneCodeCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(SendPhoneCodeCommand command, CancellationToken cancellationToken)
    {
        var sent = await codes.SendAsync(currentUser.RequiredUserId, OneTimeCodePurpose.PhoneVerification, command.Phone, cancellationToken);
        if (sent.IsSuccess)
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
