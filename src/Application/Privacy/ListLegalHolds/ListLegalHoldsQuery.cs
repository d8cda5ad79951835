using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ListLegalHolds;

[Authorize(Roles.Compliance, Roles.Admin)]
public sealed record ListLegalHoldsQuery(Guid? UserId) : IQuery<IReadOnlyList<LegalHoldDto>>;
