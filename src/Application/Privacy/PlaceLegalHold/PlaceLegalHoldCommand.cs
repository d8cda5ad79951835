using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.PlaceLegalHold;

/// <summary>Stops erasure of a person's data until released; the reason is a ground or case number, not personal details.</summary>
[Authorize(Roles.Compliance, Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record PlaceLegalHoldCommand(Guid UserId, string Reason) : ICommand<Result<LegalHoldDto>>;
