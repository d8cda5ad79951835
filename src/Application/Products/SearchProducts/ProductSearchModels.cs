using CustomiseYou.Application.Common.Models;

namespace CustomiseYou.Application.Products.SearchProducts;

public sealed record ProductSummaryDto(
    Guid Id,
    string Title,
    Guid SellerId,
    Guid CategoryId,
    MoneyDto Price,
    string? ImageUrl,
    bool Customizable,
    decimal RatingAverage,
    int RatingCount,
    DateTimeOffset PublishedAt);

public sealed record CategoryFacet(Guid Id, string Name, long Count);

public sealed record PriceBucketFacet(decimal Min, decimal? Max, long Count);

public sealed record ProductFacets(IReadOnlyList<CategoryFacet> Categories, IReadOnlyList<PriceBucketFacet> PriceBuckets);

public sealed record ProductSearchPage(
    IReadOnlyList<ProductSummaryDto> Items, string? NextCursor, long Total, bool TotalIsEstimate, ProductFacets Facets);

/// <summary>What the read side needs, with the cursor already decoded.</summary>
public sealed record ProductSearchCriteria(
    string? Text,
    Guid? CategoryId,
    Guid? SellerId,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool? Customizable,
    decimal? MinRating,
    ProductSort Sort,
    int Limit,
    SearchCursor? After,
    IReadOnlyList<decimal> PriceBucketEdges,
    bool Fuzzy = false);

/// <summary>
/// Position after the last row of a page: its sort key and id (ties broken by id), and whether the search had
/// fallen back to typo-tolerant matching, so later pages continue the same result set.
/// </summary>
public sealed record SearchCursor(ProductSort Sort, string Key, Guid Id, bool Fuzzy = false);

/// <summary>The search read model (PostgreSQL full text + trigram in production, a simple scan on SQLite).</summary>
public interface IProductSearch
{
    Task<ProductSearchPage> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken);
}
