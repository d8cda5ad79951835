using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.GrantRole;

/// <summary>Grants a role; <see cref="Reason"/> (why, e.g. a ticket number) goes to the privacy audit log with the change.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record GrantRoleCommand(Guid UserId, string Role, string? Reason = null) : ICommand<Result<MeDto>>;
