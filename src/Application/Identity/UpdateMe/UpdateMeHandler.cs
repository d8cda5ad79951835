using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.UpdateMe;

public sealed class UpdateMeHandler(IUserRepository users, ICurrentUser currentUser) : ICommandHandler<UpdateMeCommand, Result<MeDto>>
{
    public async ValueTask<Result<MeDto>> Handle(UpdateMeCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(currentUser.RequiredUserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound(currentUser.RequiredUserId);
        }

        user.UpdateProfile(command.FullName, command.Phone.GetValueOrDefault(null), command.Phone.HasValue);
        return user.ToMeDto();
    }
}
