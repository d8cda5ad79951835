using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.ListSessions;

public sealed class ListSessionsHandler(IIdentityQueries queries, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListSessionsQuery, IReadOnlyList<SessionDto>>
{
    public async ValueTask<IReadOnlyList<SessionDto>> Handle(ListSessionsQuery query, CancellationToken cancellationToken) =>
        await queries.ListActiveSessionsAsync(currentUser.RequiredUserId, currentUser.SessionId, clock.GetUtcNow(), cancellationToken);
}
