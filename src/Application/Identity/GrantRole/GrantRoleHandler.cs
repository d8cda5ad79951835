using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.GrantRole;

/// <summary>
/// Takes effect on the user's next request: access tokens are checked against the roles held now (ADR 0017).
/// Audited: roles open other people's data.
/// </summary>
public sealed class GrantRoleHandler(IUserRepository users, PrivacyAudit audit) : ICommandHandler<GrantRoleCommand, Result<MeDto>>
{
    public async ValueTask<Result<MeDto>> Handle(GrantRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(command.UserId, cancellationToken);
        if (user is null || user.IsErased)
        {
            return IdentityErrors.UserNotFound(command.UserId);
        }

        if (!user.Roles.Contains(command.Role))
        {
            user.GrantRole(command.Role);
            audit.Record(AuditAction.RoleGranted, audit.OfficerRole, user.Id, targetId: null, command.Reason, detail: $"role={command.Role}");
        }

        return user.ToMeDto();
    }
}
