using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Identity.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.ListSessions;

[Authorize]
public sealed record ListSessionsQuery : IQuery<IReadOnlyList<SessionDto>>;
