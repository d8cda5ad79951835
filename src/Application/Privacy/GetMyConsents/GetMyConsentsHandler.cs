using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetMyConsents;

public sealed class GetMyConsentsHandler(IConsentQueries consents, ICurrentUser currentUser) : IQueryHandler<GetMyConsentsQuery, ConsentsDto>
{
    public async ValueTask<ConsentsDto> Handle(GetMyConsentsQuery query, CancellationToken cancellationToken) =>
        await consents.GetAsync(currentUser.RequiredUserId, cancellationToken);
}
