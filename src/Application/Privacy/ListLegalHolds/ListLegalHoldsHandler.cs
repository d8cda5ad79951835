using CustomiseYou.Application.Privacy.Common;
using Mediator;

namespace CustomiseYou.Application.Privacy.ListLegalHolds;

public sealed class ListLegalHoldsHandler(IPrivacyQueries queries) : IQueryHandler<ListLegalHoldsQuery, IReadOnlyList<LegalHoldDto>>
{
    public async ValueTask<IReadOnlyList<LegalHoldDto>> Handle(ListLegalHoldsQuery query, CancellationToken cancellationToken) =>
        await queries.ListLegalHoldsAsync(query.UserId, cancellationToken);
}
