using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Infrastructure.Persistence.Search;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of both search statements for sample terms and every sort, sent with the same bound
/// parameters as the API (an unnamed extended-protocol statement is planned with the actual values, as the API's are).
/// </summary>
internal static partial class ExplainCapture
{
    public static readonly (string Kind, string Term)[] Terms =
    [
        ("common", "personalised"), ("common, two words", "wooden sign"), ("rare", "kintsugi"), ("typo", "necklase"),
    ];

    public static async Task<string> CaptureAsync(NpgsqlDataSource dataSource, RawSearch search)
    {
        var summary = new StringBuilder();
        var plans = new StringBuilder();
        summary.AppendLine("| term | sort | statement | execution ms | scans on products | seq scan on products |")
            .AppendLine("|---|---|---|---:|---|---|");
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var (kind, term) in Terms)
        {
            foreach (var sort in Enum.GetValues<ProductSort>())
            {
                var criteria = search.Criteria(term, sort);
                var sql = ProductSearchSql.Build(criteria);
                foreach (var (statement, text, paging) in new[] { ("page", sql.Page, true), ("facets", sql.Facets, false) })
                {
                    if (statement == "facets" && sort != ProductSort.Relevance)
                    {
                        continue; // the facet statement has no ORDER BY: it is the same for every sort
                    }

                    var lines = await ExplainAsync(connection, search.Command("EXPLAIN (ANALYZE, BUFFERS) " + text, criteria, paging));
                    var execution = lines.Select(l => ExecutionTime().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "?";
                    var scans = lines.Select(l => ProductScan().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim())
                        .Distinct().ToList();
                    var seq = lines.Any(l => l.Contains("Seq Scan on products", StringComparison.Ordinal));
                    summary.AppendLine(CultureInfo.InvariantCulture,
                        $"| `{term}` ({kind}) | {sort} | {statement} | {execution} | {string.Join("; ", scans)} | {(seq ? "**YES**" : "no")} |");
                    plans.AppendLine(CultureInfo.InvariantCulture, $"#### `{term}` ({kind}), sort {sort}, {statement}").AppendLine("```");
                    foreach (var line in lines)
                    {
                        plans.AppendLine(line);
                    }

                    plans.AppendLine("```").AppendLine();
                }
            }
        }

        return $"""
            ### Summary

            {summary}
            ### Plans

            {plans}
            """;
    }

    private static async Task<List<string>> ExplainAsync(NpgsqlConnection connection, NpgsqlBatchCommand command)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(command);
        await using var reader = await batch.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();

    /// <summary>
    /// "Seq Scan on products p", "Bitmap Heap Scan on products p", "Index Scan using ix_x on products p", "Bitmap Index Scan on ix_products_...".
    /// </summary>
    [GeneratedRegex(
        @"->\s+((?:Parallel )?(?:Seq Scan on products|Bitmap Heap Scan on products|Index (?:Only )?Scan(?: Backward)? using \S+ on products|" +
        @"Bitmap Index Scan on ix_products\S*|Bitmap Index Scan on pk_products))")]
    private static partial Regex ProductScan();
}
