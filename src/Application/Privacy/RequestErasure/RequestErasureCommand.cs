using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.RequestErasure;

/// <summary>A compliance officer erases a person's data; the ground or case number is always required, for the audit log.</summary>
[Authorize(Roles.Compliance)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RequestErasureCommand(Guid UserId, string? Reason) : ICommand<Result<PrivacyRequestDto>>;
