using System.Net;
using System.Text.Json;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Infrastructure.Persistence.Search;
using Npgsql;
using NpgsqlTypes;

namespace CustomiseYou.Benchmarks;

/// <summary>What one search returned: enough to check that the API and the raw SQL agree.</summary>
internal sealed record SearchOutcome(IReadOnlyList<Guid> Ids, long Total);

/// <summary>
/// The search exactly as <c>PostgresProductSearch</c> runs it: the SQL from <see cref="ProductSearchSql.Build"/>, the same
/// parameters with the same names and types, page and facets in one <see cref="NpgsqlBatch"/>, every column read with
/// the same typed getters. Only the DTO mapping and JSON are left out: they are the API's overhead being measured.
/// </summary>
internal sealed class RawSearch(NpgsqlDataSource dataSource, BenchOptions options)
{
    /// <summary><c>PostgresProductSearch.FacetSampleSize</c> (internal there).</summary>
    public const int FacetSampleSize = 10_000;

    /// <summary>The facet edges <c>SearchProductsHandler</c> uses per currency (private there).</summary>
    private static readonly Dictionary<string, decimal[]> PriceBucketEdges = new(StringComparer.Ordinal)
    {
        ["INR"] = [0m, 500m, 1000m, 2500m, 5000m, 10000m],
        ["EUR"] = [0m, 10m, 25m, 50m, 100m, 250m],
    };

    /// <summary>The criteria the handler builds for <c>GET /api/v1/products?q=term&amp;limit=20[&amp;sort=...]</c>.</summary>
    public ProductSearchCriteria Criteria(string term, ProductSort sort, int limit = 20) => new(
        term.Trim(), null, null, null, null, null, null, sort, limit, null,
        PriceBucketEdges.GetValueOrDefault(options.Currency) ?? PriceBucketEdges["EUR"]);

    /// <summary>Like <c>PostgresProductSearch</c>: full text first, typo-tolerant again only when that finds nothing.</summary>
    public async Task<SearchOutcome> ExecuteAsync(string term, CancellationToken cancellationToken = default)
    {
        var criteria = Criteria(term, ProductSort.Relevance);
        var strict = await ExecuteAsync(criteria, cancellationToken);
        return strict.Total == 0 ? await ExecuteAsync(criteria with { Fuzzy = true }, cancellationToken) : strict;
    }

    private async Task<SearchOutcome> ExecuteAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var sql = ProductSearchSql.Build(criteria);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(sql.Page, criteria, includePaging: true));
        batch.BatchCommands.Add(Command(sql.Facets, criteria, includePaging: false));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>(criteria.Limit + 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
            _ = reader.GetString(1);
            _ = reader.GetGuid(2);
            _ = reader.GetGuid(3);
            _ = reader.GetDecimal(4);
            _ = reader.GetString(5);
            _ = reader.GetBoolean(6);
            _ = reader.GetDecimal(7);
            _ = reader.GetInt32(8);
            _ = reader.GetFieldValue<DateTimeOffset>(9);
            _ = reader.IsDBNull(10) ? (Guid?)null : reader.GetGuid(10);
            _ = reader.GetDouble(11);
        }

        await reader.NextResultAsync(cancellationToken);
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (groupedCategory, groupedBucket) = (reader.GetInt32(0), reader.GetInt32(1));
            var count = reader.GetInt64(5);
            if (groupedCategory == 0)
            {
                _ = reader.GetGuid(2);
                _ = reader.GetString(3);
            }
            else if (groupedBucket == 0)
            {
                _ = reader.GetInt32(4);
            }
            else
            {
                total = count;
            }
        }

        return new SearchOutcome(ids.Count > criteria.Limit ? ids[..criteria.Limit] : ids, total);
    }

    /// <summary>A copy of <c>PostgresProductSearch.Command</c> for criteria without filters or cursor.</summary>
    public NpgsqlBatchCommand Command(string text, ProductSearchCriteria criteria, bool includePaging)
    {
        var command = new NpgsqlBatchCommand(text);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("tenant", options.Tenant));
        p.Add(new NpgsqlParameter("cfg", options.SearchConfig));
        p.Add(new NpgsqlParameter("cap", FacetSampleSize));
        if (criteria.Text is not null)
        {
            p.Add(new NpgsqlParameter("q", criteria.Text));
        }

        if (includePaging)
        {
            p.Add(new NpgsqlParameter("take", criteria.Limit + 1));
        }
        else
        {
            p.Add(new NpgsqlParameter("edges", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = criteria.PriceBucketEdges.ToArray() });
        }

        return command;
    }
}

/// <summary>
/// The product row and its images, as the API's EF Core query reads them (<c>ProductQueries.FindAsync</c>: the tenant
/// query filter, the owned image collection joined in one statement): the SQL EF Core 10 logs for that query, same parameters.
/// </summary>
internal sealed class RawProductById(NpgsqlDataSource dataSource, BenchOptions options)
{
    public const string Sql = """
        SELECT p1.id, p1.category_id, p1.created_at, p1.customizable, p1.description, p1.published_at, p1.rating_average, p1.rating_count,
               p1.reserved, p1.seller_id, p1.sku, p1.status, p1.stock, p1.tags, p1.tenant_id, p1.title, p1.updated_at, p1.base_price_amount,
               p1.base_price_currency, p0.id, p0.file_key, p0.kind, p0.position, p0.product_id, p0.tenant_id
        FROM (
            SELECT p.id, p.category_id, p.created_at, p.customizable, p.description, p.published_at, p.rating_average, p.rating_count,
                   p.reserved, p.seller_id, p.sku, p.status, p.stock, p.tags, p.tenant_id, p.title, p.updated_at, p.base_price_amount,
                   p.base_price_currency
            FROM products AS p
            WHERE p.tenant_id = @ef_filter__TenantId AND p.id = @id
            LIMIT 1
        ) AS p1
        LEFT JOIN product_images AS p0 ON p1.id = p0.product_id
        ORDER BY p1.id
        """;

    public async Task<(Guid Id, int Images)?> ExecuteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter("ef_filter__TenantId", options.Tenant));
        command.Parameters.Add(new NpgsqlParameter("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Guid? found = null;
        var images = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            found = reader.GetGuid(0);
            _ = reader.GetGuid(1);
            _ = reader.GetFieldValue<DateTimeOffset>(2);
            _ = reader.GetBoolean(3);
            _ = reader.GetString(4);
            _ = reader.IsDBNull(5) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(5);
            _ = reader.GetDecimal(6);
            _ = reader.GetInt32(7);
            _ = reader.GetInt32(8);
            _ = reader.GetGuid(9);
            _ = reader.GetString(10);
            _ = reader.GetString(11);
            _ = reader.GetInt32(12);
            _ = reader.GetFieldValue<string[]>(13);
            _ = reader.GetString(14);
            _ = reader.GetString(15);
            _ = reader.GetFieldValue<DateTimeOffset>(16);
            _ = reader.GetDecimal(17);
            _ = reader.GetString(18);
            if (!reader.IsDBNull(19))
            {
                images++;
                _ = reader.GetGuid(19);
                _ = reader.GetString(20);
                _ = reader.GetString(21);
                _ = reader.GetInt32(22);
                _ = reader.GetGuid(23);
                _ = reader.GetString(24);
            }
        }

        return found is { } value ? (value, images) : null;
    }
}

/// <summary>The public API over HTTP/1.1 keep-alive connections, one pool sized for the concurrency.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(BenchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = options.Api, Timeout = TimeSpan.FromSeconds(180) };
        _http.DefaultRequestHeaders.Add("X-Tenant", options.Tenant);
    }

    public static string SearchPath(string term) => $"api/v1/products?q={Uri.EscapeDataString(term)}&limit=20";

    public static string ProductPath(Guid id) => $"api/v1/products/{id}";

    /// <summary>Sends the request and reads the whole body (not parsed: the client's work stays small and equal).</summary>
    public async Task<bool> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Length > 0;
    }

    public async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    public async Task<SearchOutcome> SearchAsync(string term)
    {
        using var json = await GetJsonAsync(SearchPath(term));
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        return new SearchOutcome(ids, json.RootElement.GetProperty("total").GetInt64());
    }

    public void Dispose() => _http.Dispose();
}
