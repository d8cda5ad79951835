using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.RevokeRole;

/// <summary>Takes a role away; <see cref="Reason"/> goes to the privacy audit log with the change.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RevokeRoleCommand(Guid UserId, string Role, string? Reason = null) : ICommand<Result<MeDto>>;
