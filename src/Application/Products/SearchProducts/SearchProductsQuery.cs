using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.SearchProducts;

public enum ProductSort
{
    Relevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Rating,
}

public static class ProductSorts
{
    private static readonly Dictionary<string, ProductSort> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = ProductSort.Relevance,
        ["price_asc"] = ProductSort.PriceAsc,
        ["price_desc"] = ProductSort.PriceDesc,
        ["newest"] = ProductSort.Newest,
        ["rating"] = ProductSort.Rating,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static ProductSort? Parse(string? name) => name is null ? ProductSort.Relevance : ByName.TryGetValue(name, out var sort) ? sort : null;
}

/// <summary>Published products only. Without <see cref="Q"/>, relevance falls back to newest first.</summary>
[PublishableKeyAllowed]
public sealed record SearchProductsQuery(
    string? Q,
    Guid? CategoryId,
    Guid? SellerId,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool? Customizable,
    decimal? MinRating,
    string? Sort,
    int Limit,
    string? Cursor) : IQuery<Result<ProductSearchPage>>;
