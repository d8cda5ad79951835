using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.SearchProducts;

public sealed class SearchProductsHandler(IProductSearch search, ITenantContext tenant)
    : IQueryHandler<SearchProductsQuery, Result<ProductSearchPage>>
{
    /// <summary>Facet bucket edges per currency, in whole units; the last bucket is open-ended.</summary>
    private static readonly Dictionary<string, decimal[]> PriceBucketEdges = new(StringComparer.Ordinal)
    {
        ["INR"] = [0m, 500m, 1000m, 2500m, 5000m, 10000m],
        ["EUR"] = [0m, 10m, 25m, 50m, 100m, 250m],
    };

    public async ValueTask<Result<ProductSearchPage>> Handle(SearchProductsQuery query, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var requested = ProductSorts.Parse(query.Sort) ?? ProductSort.Relevance;
        var sort = requested == ProductSort.Relevance && text is null ? ProductSort.Newest : requested;
        SearchCursor? after = null;
        if (query.Cursor is not null)
        {
            var decoded = SearchCursorCodec.Decode(query.Cursor, sort);
            if (!decoded.IsSuccess)
            {
                return decoded.Error!;
            }

            after = decoded.Value;
        }

        var edges = PriceBucketEdges.GetValueOrDefault(tenant.Tenant.Currency) ?? [0m, 10m, 25m, 50m, 100m, 250m];
        return await search.SearchAsync(
            new ProductSearchCriteria(
                text, query.CategoryId, query.SellerId, query.MinPrice, query.MaxPrice,
                query.Customizable, query.MinRating, sort, query.Limit, after, edges),
            cancellationToken);
    }
}
