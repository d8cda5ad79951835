using System.Globalization;
using System.Text;
using CustomiseYou.Application.Products.SearchProducts;
using Npgsql;
using NpgsqlTypes;

namespace CustomiseYou.Infrastructure.Persistence.Search;

/// <summary>
/// Builds the search SQL from the criteria. Only fixed fragments are concatenated; every value is a parameter.
/// Public so the benchmark can run the identical SQL through raw Npgsql.
/// </summary>
public static class ProductSearchSql
{
    public sealed record Statements(string Page, string Facets);

    public static Statements Build(ProductSearchCriteria criteria)
    {
        var matched = Matched(criteria);
        var (order, keyset) = Ordering(criteria.Sort);
        // Ranked after matching, so a match capped to the newest rows ranks only those, whatever plan finds them.
        var page = $"""
            {matched},
            ranked AS (SELECT m.*, {Rank(criteria)} AS rank FROM matched m)
            SELECT m.id, m.title, m.seller_id, m.category_id, m.base_price_amount, m.base_price_currency, m.customizable,
                   m.rating_average, m.rating_count, m.published_at,
                   (SELECT i.id FROM product_images i WHERE i.product_id = m.id ORDER BY i.position LIMIT 1) AS image_id,
                   m.rank
            FROM ranked m
            {(criteria.After is null ? string.Empty : "WHERE " + keyset)}
            ORDER BY {order}
            LIMIT @take
            """;
        var facets = $"""
            {matched},
            sample AS (SELECT category_id, base_price_amount FROM matched ORDER BY published_at DESC, id DESC LIMIT @cap)
            SELECT GROUPING(s.category_id, c.name)::int, GROUPING(b.bucket)::int, s.category_id, c.name, b.bucket, count(*)::bigint
            FROM sample s
            JOIN categories c ON c.id = s.category_id
            CROSS JOIN LATERAL (SELECT width_bucket(s.base_price_amount, @edges) AS bucket) b
            GROUP BY GROUPING SETS ((s.category_id, c.name), (b.bucket), ())
            """;
        return new Statements(page, facets);
    }

    public static NpgsqlParameter CursorKeyParameter(SearchCursor cursor) => cursor.Sort switch
    {
        ProductSort.Relevance => new NpgsqlParameter("after_key", NpgsqlDbType.Double)
        {
            Value = double.Parse(cursor.Key, CultureInfo.InvariantCulture),
        },
        ProductSort.Newest => new NpgsqlParameter("after_key", NpgsqlDbType.TimestampTz)
        {
            Value = new DateTimeOffset(long.Parse(cursor.Key, CultureInfo.InvariantCulture), TimeSpan.Zero),
        },
        _ => new NpgsqlParameter("after_key", NpgsqlDbType.Numeric) { Value = decimal.Parse(cursor.Key, CultureInfo.InvariantCulture) },
    };

    private static string Matched(ProductSearchCriteria criteria)
    {
        var text = criteria.Text is not null;
        var sql = new StringBuilder("WITH RECURSIVE ");
        if (criteria.CategoryId is not null)
        {
            sql.Append("""
                scope AS (
                    SELECT id FROM categories WHERE id = @category AND tenant_id = @tenant
                    UNION ALL
                    SELECT c.id FROM categories c JOIN scope s ON c.parent_id = s.id WHERE c.tenant_id = @tenant),

                """);
        }

        sql.Append(CultureInfo.InvariantCulture, $"""
            matched AS (
                SELECT p.id, p.title, p.seller_id, p.category_id, p.base_price_amount, p.base_price_currency, p.customizable,
                       p.rating_average, p.rating_count, p.published_at, p.search_vector
                FROM products p
                WHERE p.status = 'Published' AND p.tenant_id = @tenant
            """);
        if (text)
        {
            sql.Append(criteria.Fuzzy
                ? "\n      AND (p.search_vector @@ websearch_to_tsquery(@cfg::regconfig, @q) OR @q <% p.title)"
                : "\n      AND p.search_vector @@ websearch_to_tsquery(@cfg::regconfig, @q)");
        }

        if (criteria.CategoryId is not null)
        {
            sql.Append("\n      AND p.category_id IN (SELECT id FROM scope)");
        }

        if (criteria.SellerId is not null)
        {
            sql.Append("\n      AND p.seller_id = @seller");
        }

        if (criteria.MinPrice is not null)
        {
            sql.Append("\n      AND p.base_price_amount >= @min_price");
        }

        if (criteria.MaxPrice is not null)
        {
            sql.Append("\n      AND p.base_price_amount <= @max_price");
        }

        if (criteria.Customizable is not null)
        {
            sql.Append("\n      AND p.customizable = @customizable");
        }

        if (criteria.MinRating is not null)
        {
            sql.Append("\n      AND p.rating_average >= @min_rating");
        }

        if (text && criteria.Sort == ProductSort.Relevance)
        {
            // Ranking needs every candidate's rank before the first page is known; a common word matches most of the
            // catalog. So relevance ranks the newest @cap matches (the set the facets describe), walked in the newest
            // index, instead of every match.
            sql.Append("\n    ORDER BY p.published_at DESC, p.id DESC\n    LIMIT @cap");
        }

        sql.Append(')');
        return sql.ToString();
    }

    /// <summary>Full-text rank; the trigram word similarity only joins in when matching typo-tolerantly.</summary>
    private static string Rank(ProductSearchCriteria criteria) => criteria switch
    {
        { Text: null } => "0::float8",
        { Fuzzy: true } => "(ts_rank(m.search_vector, websearch_to_tsquery(@cfg::regconfig, @q)) + word_similarity(@q, m.title))::float8",
        _ => "ts_rank(m.search_vector, websearch_to_tsquery(@cfg::regconfig, @q))::float8",
    };

    private static (string Order, string Keyset) Ordering(ProductSort sort) => sort switch
    {
        ProductSort.Relevance => ("m.rank DESC, m.id DESC", "(m.rank, m.id) < (@after_key, @after_id)"),
        ProductSort.PriceAsc => ("m.base_price_amount ASC, m.id ASC", "(m.base_price_amount, m.id) > (@after_key, @after_id)"),
        ProductSort.PriceDesc => ("m.base_price_amount DESC, m.id DESC", "(m.base_price_amount, m.id) < (@after_key, @after_id)"),
        ProductSort.Rating => ("m.rating_average DESC, m.id DESC", "(m.rating_average, m.id) < (@after_key, @after_id)"),
        _ => ("m.published_at DESC, m.id DESC", "(m.published_at, m.id) < (@after_key, @after_id)"),
    };
}
