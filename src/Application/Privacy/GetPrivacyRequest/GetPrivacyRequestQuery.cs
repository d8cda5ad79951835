using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetPrivacyRequest;

/// <summary>Any export or erasure of the region, for compliance officers.</summary>
[Authorize(Roles.Compliance)]
public sealed record GetPrivacyRequestQuery(Guid Id, PrivacyRequestKind Kind) : IQuery<Result<PrivacyRequestDto>>;
