using System.Globalization;
using System.Text;
using CustomiseYou.Benchmarks;
using Npgsql;

var options = BenchOptions.Parse(args);
if (options is null)
{
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

if (options.Only == "checkout")
{
    return await CheckoutBenchmark.RunAsync(options);
}

if (options.Only == "soak")
{
    return await CheckoutBenchmark.SoakAsync(options);
}

if (options.Only == "session-check")
{
    return await SessionCheckBenchmark.RunAsync(options);
}

if (options.Only == "payouts")
{
    return await PayoutBenchmark.RunAsync(options);
}

// Common and rare words, two-word phrases, typos (served by the trigram match) and a word that matches nothing.
(string Kind, string Term)[] terms =
[
    ("common", "personalised"), ("common", "gift"), ("common", "custom"), ("common", "engraved"), ("common", "handmade"),
    ("common", "mug"), ("common", "necklace"), ("common", "wooden"), ("common", "leather"), ("common", "silver"),
    ("common", "christmas"), ("common", "birthday"), ("common", "wedding"), ("common", "cotton"),
    ("phrase", "wooden sign"), ("phrase", "leather wallet"), ("phrase", "photo frame"), ("phrase", "star map"), ("phrase", "dog collar"),
    ("phrase", "ceramic mug"), ("phrase", "name necklace"), ("phrase", "wall clock"), ("phrase", "baby blanket"), ("phrase", "cheese board"),
    ("mid", "cufflinks"), ("mid", "brooch"), ("mid", "wax seal"), ("mid", "guest book"), ("mid", "cake topper"), ("mid", "luggage tag"),
    ("mid", "walnut"), ("mid", "rattan"), ("mid", "bunting"), ("mid", "anklet"), ("mid", "locket"),
    ("rare", "macrame"), ("rare", "calligraphy"), ("rare", "kintsugi"), ("rare", "marquetry"), ("rare", "scrimshaw"),
    ("rare", "astrolabe"), ("rare", "orrery"), ("rare", "zellige"), ("rare", "gyotaku"), ("rare", "tambour"),
    ("typo", "necklase"), ("typo", "bracelett"), ("typo", "kintsugy"), ("typo", "persnalised"),
    ("none", "xylophone"),
];

await using var dataSource = NpgsqlDataSource.Create(options.Connection);
var search = new RawSearch(dataSource, options);
var byId = new RawProductById(dataSource, options);
using var api = new ApiClient(options);
var loadAtStart = LoadAverage();

Console.WriteLine($"Benchmark: {options.Api} versus raw Npgsql, tenant {options.Tenant}, {options.Concurrency} workers, {options.Rounds} round(s)");
var ids = await SampleProductIdsAsync(dataSource, options.Tenant);
Console.WriteLine($"  {ids.Length:N0} product ids sampled for the by-id phases");

// 1. Same SQL, same answers: every term's first page and total must match between the API and the raw statement.
var runSearch = options.Only is null or "search";
var runById = options.Only is null or "byid";
var hits = new Dictionary<string, long>(StringComparer.Ordinal);
var mismatches = new List<string>();
foreach (var (_, term) in runSearch ? terms : [])
{
    var viaApi = await api.SearchAsync(term);
    var viaSql = await search.ExecuteAsync(term);
    hits[term] = viaSql.Total;
    if (!viaApi.Ids.SequenceEqual(viaSql.Ids) || viaApi.Total != viaSql.Total)
    {
        mismatches.Add($"search '{term}': API {viaApi.Ids.Count} items / total {viaApi.Total}, SQL {viaSql.Ids.Count} items / total {viaSql.Total}");
    }
}

foreach (var id in ids.Take(runById ? 50 : 0))
{
    using var json = await api.GetJsonAsync(ApiClient.ProductPath(id));
    var raw = await byId.ExecuteAsync(id);
    var apiImages = json.RootElement.GetProperty("images").GetArrayLength();
    if (raw is not { } row || row.Id != json.RootElement.GetProperty("id").GetGuid() || row.Images != apiImages)
    {
        mismatches.Add($"product {id}: API {apiImages} images, SQL {(raw is null ? "no row" : $"{raw.Value.Images} images")}");
    }
}

Console.WriteLine(mismatches.Count == 0
    ? $"  checked: the API and the raw SQL return the same page and total for all {hits.Count} terms " +
        $"and the same product for {(runById ? 50 : 0)} ids"
    : $"  MISMATCHES:\n    {string.Join("\n    ", mismatches)}");

// 2. Scenarios. Index i picks term i mod |terms| (every phase covers whole rotations) or id i mod |ids|.
var searchPerPhase = runSearch ? (int)Math.Ceiling(options.SearchRequests / (double)terms.Length) * terms.Length : 0;
var byIdPerPhase = runById ? options.ByIdRequests : 0;
Func<int, Task<bool>> searchApi = i => api.GetAsync(ApiClient.SearchPath(terms[i % terms.Length].Term));
Func<int, Task<bool>> searchRaw = async i => (await search.ExecuteAsync(terms[i % terms.Length].Term)).Ids is not null;
Func<int, Task<bool>> byIdApi = i => api.GetAsync(ApiClient.ProductPath(ids[i % ids.Length]));
Func<int, Task<bool>> byIdRaw = async i => await byId.ExecuteAsync(ids[i % ids.Length]) is not null;

Console.WriteLine("Warm-up");
var warmupIdsFrom = ids.Length / 2;
foreach (var (name, requests, first, operation) in new[]
{
    ("search API", runSearch ? options.WarmupRotations * terms.Length : 0, 0, searchApi),
    ("search raw SQL", runSearch ? options.WarmupRotations * terms.Length : 0, 0, searchRaw),
    ("product by id API", runById ? options.ByIdWarmup : 0, warmupIdsFrom, byIdApi),
    ("product by id raw SQL", runById ? options.ByIdWarmup : 0, warmupIdsFrom, byIdRaw),
})
{
    if (requests > 0)
    {
        var phase = await LoadRunner.RunAsync(name, options.Concurrency, requests, first, options.PhaseTimeout, operation);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-24} {phase.Samples.Count,7:N0} requests in {phase.Elapsed.TotalSeconds,6:F1} s"));
    }
}

var phases = new Dictionary<string, List<PhaseResult>>(StringComparer.Ordinal)
{
    ["search API"] = [],
    ["search raw SQL"] = [],
    ["product by id API"] = [],
    ["product by id raw SQL"] = [],
};
for (var round = 0; round < options.Rounds; round++)
{
    Console.WriteLine($"Round {round + 1} of {options.Rounds}");
    var apiFirst = round % 2 == 0;
    var searchPair = apiFirst
        ? new[] { ("search API", searchApi), ("search raw SQL", searchRaw) }
        : [("search raw SQL", searchRaw), ("search API", searchApi)];
    var byIdPair = apiFirst
        ? new[] { ("product by id API", byIdApi), ("product by id raw SQL", byIdRaw) }
        : [("product by id raw SQL", byIdRaw), ("product by id API", byIdApi)];
    foreach (var (name, operation) in runSearch ? searchPair : [])
    {
        phases[name].Add(await RunAndPrintAsync(name, searchPerPhase, 0, operation));
    }

    foreach (var (name, operation) in runById ? byIdPair : [])
    {
        phases[name].Add(await RunAndPrintAsync(name, byIdPerPhase, round * options.ByIdRequests, operation));
    }
}

var loadAtEnd = LoadAverage();
var stats = phases.ToDictionary(p => p.Key, p => new Stats(p.Key, p.Value), StringComparer.Ordinal);
var report = await ReportAsync();
Console.WriteLine();
Console.WriteLine(report);
if (options.OutputFile is not null)
{
    await File.WriteAllTextAsync(options.OutputFile, report);
}

if (options.ExplainFile is not null)
{
    Console.WriteLine("EXPLAIN (ANALYZE, BUFFERS) of the search statements...");
    await File.WriteAllTextAsync(options.ExplainFile, await ExplainCapture.CaptureAsync(dataSource, search));
    Console.WriteLine($"  written to {options.ExplainFile}");
}

var errors = stats.Values.Sum(s => s.Errors);
return mismatches.Count > 0 || errors > 0 ? 1 : 0;

async Task<PhaseResult> RunAndPrintAsync(string name, int requests, int first, Func<int, Task<bool>> operation)
{
    var phase = await LoadRunner.RunAsync(name, options.Concurrency, requests, first, options.PhaseTimeout, operation, options.ApiPid);
    var sorted = phase.Samples.Select(s => s.Milliseconds).Order().ToList();
    var cpu = options.ApiPid is null || sorted.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
        $"  CPU/req: API {phase.Cpu.Api.TotalMilliseconds / sorted.Count:F2} ms, client {phase.Cpu.Client.TotalMilliseconds / sorted.Count:F2} ms");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name,-24} {sorted.Count,7:N0} req {phase.Elapsed.TotalSeconds,6:F1} s {sorted.Count / phase.Elapsed.TotalSeconds,8:F1} req/s  " +
        $"p50 {Stats.Percentile(sorted, 50),7:F2}  p95 {Stats.Percentile(sorted, 95),7:F2}  p99 {Stats.Percentile(sorted, 99),7:F2} ms  " +
        $"errors {phase.Errors}{cpu}"));
    return phase;
}

async Task<string> ReportAsync()
{
    var sb = new StringBuilder();
    var searchApiStats = stats["search API"];
    var searchRawStats = stats["search raw SQL"];
    var byIdApiStats = stats["product by id API"];
    var byIdRawStats = stats["product by id raw SQL"];
    var p95Ratio = searchApiStats.Percentile(95) / searchRawStats.Percentile(95);
    var throughputRatio = byIdApiStats.Throughput / byIdRawStats.Throughput;
    await using (var connection = await dataSource.OpenConnectionAsync())
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM products WHERE status = 'Published'), (SELECT count(*) FROM sellers),
                   (SELECT count(*) FROM product_images), current_setting('server_version'), current_setting('shared_buffers'),
                   current_setting('work_mem'), pg_size_pretty(pg_total_relation_size('products'))
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Dataset: {reader.GetInt64(0):N0} published products, {reader.GetInt64(1):N0} sellers, {reader.GetInt64(2):N0} images; " +
            $"products table {reader.GetString(6)} with indexes.");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"PostgreSQL {reader.GetString(3)} (shared_buffers {reader.GetString(4)}, work_mem {reader.GetString(5)}); " +
            $"{Environment.ProcessorCount} cores; load average {loadAtStart} at start, {loadAtEnd} at end.");
    }

    sb.AppendLine(CultureInfo.InvariantCulture,
        $"Concurrency {options.Concurrency}; {options.Rounds} measured round(s), API and raw alternating first; " +
        $"{searchPerPhase} search requests ({searchPerPhase / terms.Length} rotations of {terms.Length} terms) " +
        $"and {byIdPerPhase:N0} by-id requests per side per round.");
    sb.AppendLine();
    var cpuColumns = options.ApiPid is not null;
    sb.AppendLine("| scenario | requests | errors | throughput (req/s) | p50 ms | p95 ms | p99 ms | max ms |" +
        (cpuColumns ? " API CPU ms/req | client CPU ms/req |" : ""));
    sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|" + (cpuColumns ? "---:|---:|" : ""));
    foreach (var s in new[] { searchApiStats, searchRawStats, byIdApiStats, byIdRawStats }.Where(s => s.Count > 0))
    {
        var cpu = cpuColumns
            ? string.Create(CultureInfo.InvariantCulture,
                $" {s.ApiCpu.TotalMilliseconds / s.Count:F2} | {s.ClientCpu.TotalMilliseconds / s.Count:F2} |")
            : "";
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {s.Name} | {s.Count:N0} | {s.Errors} | {s.Throughput:F1} | " +
            $"{s.Percentile(50):F2} | {s.Percentile(95):F2} | {s.Percentile(99):F2} | {s.Max:F1} |{cpu}");
    }

    sb.AppendLine();
    sb.AppendLine("| ratio | value | target | result |");
    sb.AppendLine("|---|---:|---:|---|");
    sb.AppendLine(CultureInfo.InvariantCulture, $"| search p95, API / raw SQL | {p95Ratio:F2} | ≤ 2.00 | {(p95Ratio <= 2.0 ? "met" : "MISSED")} |");
    sb.AppendLine(CultureInfo.InvariantCulture,
        $"| product by id throughput, API / raw SQL | {throughputRatio:F2} | ≥ 0.75 | {(throughputRatio >= 0.75 ? "met" : "MISSED")} |");
    sb.AppendLine(CultureInfo.InvariantCulture,
        $"| search p50, API / raw SQL (for reference) | {searchApiStats.Percentile(50) / searchRawStats.Percentile(50):F2} | | |");
    sb.AppendLine(CultureInfo.InvariantCulture,
        $"| search throughput, API / raw SQL (for reference) | {searchApiStats.Throughput / searchRawStats.Throughput:F2} | | |");
    sb.AppendLine(CultureInfo.InvariantCulture,
        $"| product by id p95, API / raw SQL (for reference) | {byIdApiStats.Percentile(95) / byIdRawStats.Percentile(95):F2} | | |");
    sb.AppendLine();
    sb.AppendLine("Per term (all rounds): matches (the facet total, counted over at most 10,000 rows) and median latency under load.");
    sb.AppendLine();
    sb.AppendLine("| term | kind | matches | raw SQL p50 ms | API p50 ms |");
    sb.AppendLine("|---|---|---:|---:|---:|");
    var apiByTerm = ByTerm(phases["search API"]);
    var rawByTerm = ByTerm(phases["search raw SQL"]);
    for (var t = 0; t < (runSearch ? terms.Length : 0); t++)
    {
        var matches = hits[terms[t].Term] >= RawSearch.FacetSampleSize
            ? "≥ 10,000"
            : hits[terms[t].Term].ToString("N0", CultureInfo.InvariantCulture);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {terms[t].Term} | {terms[t].Kind} | {matches} | {Median(rawByTerm, t):F1} | {Median(apiByTerm, t):F1} |");
    }

    if (mismatches.Count > 0)
    {
        sb.AppendLine().AppendLine("API and raw SQL answers differed:").AppendLine();
        mismatches.ForEach(m => sb.AppendLine("- " + m));
    }

    return sb.ToString();
}

ILookup<int, double> ByTerm(List<PhaseResult> list) =>
    list.SelectMany(p => p.Samples).ToLookup(s => s.Index % terms.Length, s => s.Milliseconds);

static double Median(ILookup<int, double> byTerm, int term) => Stats.Percentile([.. byTerm[term].Order()], 50);

static async Task<Guid[]> SampleProductIdsAsync(NpgsqlDataSource dataSource, string tenant)
{
    // A repeatable sample spread over the whole table, then a fixed shuffle.
    await using var command = dataSource.CreateCommand(
        "SELECT id FROM products TABLESAMPLE BERNOULLI (5) REPEATABLE (42) WHERE status = 'Published' AND tenant_id = @tenant LIMIT 40000");
    command.Parameters.AddWithValue("tenant", tenant);
    var ids = new List<Guid>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        ids.Add(reader.GetGuid(0));
    }

    var array = ids.ToArray();
    new Random(42).Shuffle(array);
    if (array.Length == 0)
    {
        throw new InvalidOperationException("No published products: seed the tenant database first (build/Seed).");
    }

    return array;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
