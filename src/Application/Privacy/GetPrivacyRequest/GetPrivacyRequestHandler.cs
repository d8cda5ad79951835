using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Mediator;

namespace CustomiseYou.Application.Privacy.GetPrivacyRequest;

public sealed class GetPrivacyRequestHandler(IPrivacyRequestRepository requests, TimeProvider clock)
    : IQueryHandler<GetPrivacyRequestQuery, Result<PrivacyRequestDto>>
{
    public async ValueTask<Result<PrivacyRequestDto>> Handle(GetPrivacyRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await requests.GetByIdAsync(query.Id, cancellationToken);
        return request is not null && request.Kind == query.Kind
            ? PrivacyRequestDto.From(request, clock.GetUtcNow(), viaCompliance: true)
            : PrivacyErrors.RequestNotFound(query.Id);
    }
}
