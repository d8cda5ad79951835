using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.GrantRole;

[Authorize(Roles.Admin)]
public sealed record GrantRoleCommand(Guid UserId, string Role) : ICommand<Result<MeDto>>;
