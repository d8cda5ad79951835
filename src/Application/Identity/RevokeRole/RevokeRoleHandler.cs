using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Identity.RevokeRole;

/// <summary>
/// Takes effect on the user's next request: access tokens are checked against the roles held now (ADR 0017).
/// Revoking a role the user does not hold changes nothing. Audited, like a grant.
/// </summary>
public sealed class RevokeRoleHandler(IUserRepository users, PrivacyAudit audit) : ICommandHandler<RevokeRoleCommand, Result<MeDto>>
{
    public async ValueTask<Result<MeDto>> Handle(RevokeRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(command.UserId, cancellationToken);
        if (user is null || user.IsErased)
        {
            return IdentityErrors.UserNotFound(command.UserId);
        }

        if (!user.Roles.Contains(command.Role))
        {
            return user.ToMeDto();
        }

        var revoked = user.RevokeRole(command.Role);
        if (!revoked.IsSuccess)
        {
            return revoked.Error!;
        }

        audit.Record(AuditAction.RoleRevoked, audit.OfficerRole, user.Id, targetId: null, command.Reason, detail: $"role={command.Role}");
        return user.ToMeDto();
    }
}
