using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CustomiseYou.Infrastructure.Persistence.Search;

/// <summary>
/// Product search on PostgreSQL: full-text match on the weighted <c>search_vector</c> (title A, tags B,
/// description C) or a trigram word match on the title for typos, both served by partial GIN indexes on
/// published rows. Keyset pagination on (sort key, id). One round trip: the page and the facets run as a batch.
/// Trigram matching is the fallback, not the default: it runs only when full text finds nothing (a typo), because on
/// common words it multiplies the matches and the cost (see docs/benchmarks.md).
/// </summary>
internal sealed class PostgresProductSearch(AppDbContext db, ITenantContext tenant, ConfigurationTenantStore tenants) : IProductSearch
{
    /// <summary>
    /// Facets and totals are counted over at most this many matches, the newest; beyond it the total is an estimate.
    /// Relevance ranks the same newest matches.
    /// </summary>
    public const int FacetSampleSize = 10_000;

    public async Task<ProductSearchPage> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var page = await RunAsync(criteria with { Fuzzy = criteria.After?.Fuzzy ?? false }, cancellationToken);
        return page.Total == 0 && criteria is { Text: not null, After: null }
            ? await RunAsync(criteria with { Fuzzy = true }, cancellationToken)
            : page;
    }

    private async Task<ProductSearchPage> RunAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var sql = ProductSearchSql.Build(criteria);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Command(sql.Page, criteria, includePaging: true));
            batch.BatchCommands.Add(Command(sql.Facets, criteria, includePaging: false));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var rows = await ReadPageAsync(reader, criteria, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var (facets, total) = await ReadFacetsAsync(reader, criteria.PriceBucketEdges, cancellationToken);
            var hasMore = rows.Count > criteria.Limit;
            var items = rows.Take(criteria.Limit).ToList();
            var next = hasMore ? SearchCursorCodec.Encode(new SearchCursor(criteria.Sort, items[^1].Key, items[^1].Item.Id, criteria.Fuzzy)) : null;
            return new ProductSearchPage([.. items.Select(r => r.Item)], next, total, total >= FacetSampleSize, facets);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private NpgsqlBatchCommand Command(string text, ProductSearchCriteria criteria, bool includePaging)
    {
        var command = new NpgsqlBatchCommand(text);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("tenant", tenant.Tenant.Id));
        p.Add(new NpgsqlParameter("cfg", tenants.InfrastructureOf(tenant.Tenant).SearchLanguage));
        p.Add(new NpgsqlParameter("cap", FacetSampleSize));
        if (criteria.Text is not null)
        {
            p.Add(new NpgsqlParameter("q", criteria.Text));
        }

        AddIfSet(p, "category", criteria.CategoryId);
        AddIfSet(p, "seller", criteria.SellerId);
        AddIfSet(p, "min_price", criteria.MinPrice);
        AddIfSet(p, "max_price", criteria.MaxPrice);
        AddIfSet(p, "customizable", criteria.Customizable);
        AddIfSet(p, "min_rating", criteria.MinRating);
        if (includePaging)
        {
            p.Add(new NpgsqlParameter("take", criteria.Limit + 1));
            if (criteria.After is { } after)
            {
                p.Add(ProductSearchSql.CursorKeyParameter(after));
                p.Add(new NpgsqlParameter("after_id", after.Id));
            }
        }
        else
        {
            p.Add(new NpgsqlParameter("edges", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = criteria.PriceBucketEdges.ToArray() });
        }

        return command;
    }

    private static void AddIfSet<T>(NpgsqlParameterCollection parameters, string name, T? value)
        where T : struct
    {
        if (value is { } set)
        {
            parameters.Add(new NpgsqlParameter(name, set));
        }
    }

    private static async Task<List<(ProductSummaryDto Item, string Key)>> ReadPageAsync(
        NpgsqlDataReader reader, ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var rows = new List<(ProductSummaryDto, string)>(criteria.Limit + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var imageId = reader.IsDBNull(10) ? (Guid?)null : reader.GetGuid(10);
            var item = new ProductSummaryDto(
                id,
                reader.GetString(1),
                reader.GetGuid(2),
                reader.GetGuid(3),
                new MoneyDto(reader.GetDecimal(4), reader.GetString(5)),
                imageId is { } image ? ProductDto.ImageUrl(id, image) : null,
                reader.GetBoolean(6),
                reader.GetDecimal(7),
                reader.GetInt32(8),
                reader.GetFieldValue<DateTimeOffset>(9));
            var key = criteria.Sort switch
            {
                ProductSort.Relevance => reader.GetDouble(11).ToString("R", CultureInfo.InvariantCulture),
                ProductSort.PriceAsc or ProductSort.PriceDesc => item.Price.Amount.ToString(CultureInfo.InvariantCulture),
                ProductSort.Rating => item.RatingAverage.ToString(CultureInfo.InvariantCulture),
                _ => item.PublishedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            };
            rows.Add((item, key));
        }

        return rows;
    }

    private static async Task<(ProductFacets Facets, long Total)> ReadFacetsAsync(
        NpgsqlDataReader reader, IReadOnlyList<decimal> edges, CancellationToken cancellationToken)
    {
        var categories = new List<CategoryFacet>();
        var buckets = new Dictionary<int, long>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (groupedCategory, groupedBucket) = (reader.GetInt32(0), reader.GetInt32(1));
            var count = reader.GetInt64(5);
            if (groupedCategory == 0)
            {
                categories.Add(new CategoryFacet(reader.GetGuid(2), reader.GetString(3), count));
            }
            else if (groupedBucket == 0)
            {
                buckets[reader.GetInt32(4)] = count;
            }
            else
            {
                total = count;
            }
        }

        // width_bucket numbers bucket i as [edges[i-1], edges[i]); the last one is open-ended.
        var priceBuckets = Enumerable.Range(1, edges.Count)
            .Select(i => new PriceBucketFacet(edges[i - 1], i < edges.Count ? edges[i] : null, buckets.GetValueOrDefault(i)))
            .ToList();
        return (new ProductFacets([.. categories.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)], priceBuckets), total);
    }
}
