using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Identity.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Identity.GetMe;

public sealed class GetMeHandler(IIdentityQueries queries, ICurrentUser currentUser) : IQueryHandler<GetMeQuery, Result<MeDto>>
{
    public async ValueTask<Result<MeDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await queries.GetMeAsync(userId, cancellationToken) is { } me ? me : IdentityErrors.UserNotFound(userId);
    }
}
