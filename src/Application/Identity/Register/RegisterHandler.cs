using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.Register;

public sealed class RegisterHandler(
    IUserRepository users, IPasswordHasher hasher, OneTimeCodeSender codes, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RegisterCommand, Result<RegisterResult>>
{
    public async ValueTask<Result<RegisterResult>> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var email = Email.Normalize(command.Email);
        if (await users.GetByEmailAsync(email, cancellationToken) is not null)
        {
            return IdentityErrors.EmailTaken;
        }

        var user = User.Register(Guid.CreateVersion7(), email, hasher.Hash(command.Password), command.FullName, command.Phone, clock.GetUtcNow());
        users.Add(user);
        var sent = await codes.SendAsync(user.Id, OneTimeCodePurpose.EmailVerification, user.Email, cancellationToken);
        if (!sent.IsSuccess)
        {
            return sent.Error!;
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return new RegisterResult(user.Id);
    }
}
