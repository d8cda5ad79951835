using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Sellers.ListSellersForReview;

public sealed class ListSellersForReviewHandler(ISellerQueries queries) : IQueryHandler<ListSellersForReviewQuery, Result<SellerReviewPage>>
{
    public async ValueTask<Result<SellerReviewPage>> Handle(ListSellersForReviewQuery query, CancellationToken cancellationToken)
    {
        KycStatus? status = SellerRules.TryParseStatus(query.KycStatus, out var parsed) ? parsed : null;
        SellerCursor? after = SellerCursor.TryDecode(query.Cursor, out var cursor) ? cursor : null;
        var limit = query.Limit ?? ListSellersForReviewQuery.DefaultLimit;

        // One extra row tells whether another page follows, without a count.
        var rows = await queries.ListAsync(status, after, limit + 1, cancellationToken);
        var items = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new SellerCursor(items[^1].CreatedAt, items[^1].Id).Encode() : null;
        return new SellerReviewPage(items, next);
    }
}
