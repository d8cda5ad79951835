using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetMyConsents;

[Authorize]
public sealed record GetMyConsentsQuery : IQuery<ConsentsDto>;
