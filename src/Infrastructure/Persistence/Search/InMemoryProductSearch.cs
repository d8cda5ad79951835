using System.Globalization;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Search;

/// <summary>
/// The embedded (SQLite) default: loads the published catalog and filters in memory with a plain substring match.
/// Fine for a demo catalog; production uses <see cref="PostgresProductSearch"/>.
/// </summary>
internal sealed class InMemoryProductSearch(AppDbContext db) : IProductSearch
{
    public async Task<ProductSearchPage> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var scope = criteria.CategoryId is { } root ? Descendants(root, categories) : null;
        var matches = products
            .Select(p => (Product: p, Rank: Rank(p, criteria.Text)))
            .Where(m => criteria.Text is null || m.Rank > 0)
            .Where(m => scope is null || scope.Contains(m.Product.CategoryId))
            .Where(m => criteria.SellerId is null || m.Product.SellerId == criteria.SellerId)
            .Where(m => criteria.MinPrice is null || m.Product.BasePrice.Amount >= criteria.MinPrice)
            .Where(m => criteria.MaxPrice is null || m.Product.BasePrice.Amount <= criteria.MaxPrice)
            .Where(m => criteria.Customizable is null || m.Product.Customizable == criteria.Customizable)
            .Where(m => criteria.MinRating is null || m.Product.RatingAverage >= criteria.MinRating)
            .ToList();

        var ordered = Order(matches, criteria.Sort).ToList();
        if (criteria.After is { } after)
        {
            var index = ordered.FindIndex(m => m.Product.Id == after.Id);
            ordered = index < 0 ? [] : ordered.Skip(index + 1).ToList();
        }

        var page = ordered.Take(criteria.Limit + 1).ToList();
        var items = page.Take(criteria.Limit).Select(m => Summary(m.Product)).ToList();
        var next = page.Count > criteria.Limit ? SearchCursorCodec.Encode(new SearchCursor(criteria.Sort, "0", items[^1].Id)) : null;
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        var categoryFacets = matches.GroupBy(m => m.Product.CategoryId)
            .Select(g => new CategoryFacet(g.Key, names.GetValueOrDefault(g.Key, "?"), g.LongCount()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var edges = criteria.PriceBucketEdges;
        var buckets = Enumerable.Range(0, edges.Count)
            .Select(i => new PriceBucketFacet(edges[i], i + 1 < edges.Count ? edges[i + 1] : null, matches.LongCount(m =>
                m.Product.BasePrice.Amount >= edges[i] && (i + 1 == edges.Count || m.Product.BasePrice.Amount < edges[i + 1]))))
            .ToList();
        return new ProductSearchPage(items, next, matches.Count, false, new ProductFacets(categoryFacets, buckets));
    }

    private static double Rank(Product product, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var terms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double Score(string field, double weight) =>
            terms.Count(t => field.Contains(t, StringComparison.OrdinalIgnoreCase)) * weight;
        return Score(product.Title, 1.0) + Score(string.Join(' ', product.Tags), 0.4) + Score(product.Description, 0.2);
    }

    private static IEnumerable<(Product Product, double Rank)> Order(List<(Product Product, double Rank)> matches, ProductSort sort) => sort switch
    {
        ProductSort.Relevance => matches.OrderByDescending(m => m.Rank).ThenByDescending(m => m.Product.Id),
        ProductSort.PriceAsc => matches.OrderBy(m => m.Product.BasePrice.Amount).ThenBy(m => m.Product.Id),
        ProductSort.PriceDesc => matches.OrderByDescending(m => m.Product.BasePrice.Amount).ThenByDescending(m => m.Product.Id),
        ProductSort.Rating => matches.OrderByDescending(m => m.Product.RatingAverage).ThenByDescending(m => m.Product.Id),
        _ => matches.OrderByDescending(m => m.Product.PublishedAt).ThenByDescending(m => m.Product.Id),
    };

    private static HashSet<Guid> Descendants(Guid root, List<Category> categories)
    {
        var result = new HashSet<Guid> { root };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var category in categories.Where(c => c.ParentId is { } parent && result.Contains(parent) && !result.Contains(c.Id)))
            {
                added |= result.Add(category.Id);
            }
        }

        return result;
    }

    private static ProductSummaryDto Summary(Product p) => new(
        p.Id, p.Title, p.SellerId, p.CategoryId, MoneyDto.From(p.BasePrice),
        p.Images.FirstOrDefault() is { } image ? ProductDto.ImageUrl(p.Id, image.Id) : null,
        p.Customizable, p.RatingAverage, p.RatingCount, p.PublishedAt ?? p.CreatedAt);
}
