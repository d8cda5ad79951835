using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.GetMe;

[Authorize]
public sealed record GetMeQuery : IQuery<Result<MeDto>>;
