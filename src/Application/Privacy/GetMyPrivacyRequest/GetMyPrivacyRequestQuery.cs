using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetMyPrivacyRequest;

/// <summary>The status of an export or erasure the caller asked for, or that is about them; anyone else's is 404.</summary>
[Authorize]
public sealed record GetMyPrivacyRequestQuery(Guid Id, PrivacyRequestKind Kind) : IQuery<Result<PrivacyRequestDto>>;
