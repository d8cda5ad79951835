using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysHandler(IApiKeyQueries queries) : IQueryHandler<ListApiKeysQuery, Result<ApiKeyPage>>
{
    public async ValueTask<Result<ApiKeyPage>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        // The (createdAt, id) cursor of the seller queue fits any list in creation order.
        SellerCursor? after = SellerCursor.TryDecode(query.Cursor, out var cursor) ? cursor : null;
        var limit = query.Limit ?? ListApiKeysQuery.DefaultLimit;
        var rows = await queries.ListAsync(after, limit + 1, cancellationToken);
        var items = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new SellerCursor(items[^1].CreatedAt, items[^1].Id).Encode() : null;
        return new ApiKeyPage(items, next);
    }
}
