using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.GrantRole;

/// <summary>Takes effect at the user's next token refresh, when the new access token carries the role.</summary>
public sealed class GrantRoleHandler(IUserRepository users) : ICommandHandler<GrantRoleCommand, Result<MeDto>>
{
    public async ValueTask<Result<MeDto>> Handle(GrantRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(command.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound(command.UserId);
        }

        user.GrantRole(command.Role);
        return user.ToMeDto();
    }
}
