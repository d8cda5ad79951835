using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetMyPrivacyRequest;

public sealed class GetMyPrivacyRequestHandler(IPrivacyRequestRepository requests, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetMyPrivacyRequestQuery, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(GetMyPrivacyRequestQuery query, CancellationToken cancellationToken)
    {
        var caller = currentUser.RequiredUserId;
        var request = await requests.GetByIdAsync(query.Id, cancellationToken);
        if (request is null || request.Kind != query.Kind || (request.SubjectUserId != caller && request.RequestedBy != caller))
        {
            return PrivacyErrors.RequestNotFound(query.Id);
        }

        // A subject follows an officer's export of their data, but only the requester downloads it.
        var dto = PrivacyRequestDto.From(request, clock.GetUtcNow(), viaCompliance: false);
        return request.RequestedBy == caller ? dto : dto with { DownloadUrl = null };
    }
}
