using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// <c>--only session-check</c>: what checking every access token against its live session costs (issue 16, item 1).
/// The API with the check and the same API without it, both in this process on the same databases, take
/// <c>GET /products/{id}</c> and <c>GET /me</c> with customer tokens (one signed-in customer per worker) in alternating
/// phases (ABBA order each round, so drift falls on both); the figure is the throughput ratio.
/// </summary>
internal static class SessionCheckBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (options.SigningKeyFor("session-check") is not { } signingKey)
        {
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        var customers = await CheckoutBenchmark.InsertCustomersAsync(dataSource, options.Tenant, options.Concurrency);
        var tokens = await Task.WhenAll(customers.Select(c => CheckoutBenchmark.SignInAsync(dataSource, signingKey, c, options.Tenant)));
        var products = await PublishedIdsAsync(dataSource, options.Tenant);

        await using var checkedApi = new InProcessApi(options, signingKey, checkSessions: true);
        await using var baselineApi = new InProcessApi(options, signingKey, checkSessions: false);
        using var withCheck = Client(checkedApi.BaseAddress, options);
        using var baseline = Client(baselineApi.BaseAddress, options);
        Console.WriteLine($"Session-check benchmark: tenant {options.Tenant}, {options.Concurrency} workers, {options.Rounds} round(s) " +
                          $"of {options.ByIdRequests:N0} requests per phase, {products.Length:N0} products");

        var scenarios = new (string Name, Func<int, string> Path)[]
        {
            ("GET /products/{id}", i => $"api/v1/products/{products[i % products.Length]}"),
            ("GET /me", _ => "api/v1/me"),
        };
        var results = scenarios.ToDictionary(s => s.Name, _ => (Checked: new List<PhaseResult>(), Baseline: new List<PhaseResult>()));
        // Database transactions per request: a cache hit must cost the check no query.
        var transactions = scenarios.ToDictionary(s => s.Name, _ => (Checked: new List<double>(), Baseline: new List<double>()));
        foreach (var (name, path) in scenarios)
        {
            // Warm-up: JIT, connection pools, the session cache.
            await PhaseAsync(withCheck, name, path, tokens, options, options.ByIdRequests / 4);
            await PhaseAsync(baseline, name, path, tokens, options, options.ByIdRequests / 4);
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var (name, path) in scenarios)
            {
                var order = round % 2 == 0 ? [true, false, false, true] : new[] { false, true, true, false };
                foreach (var check in order)
                {
                    var before = await TransactionsAsync(dataSource);
                    var phase = await PhaseAsync(check ? withCheck : baseline, name, path, tokens, options, options.ByIdRequests / 2);
                    (check ? results[name].Checked : results[name].Baseline).Add(phase);
                    var perRequest = (await TransactionsAsync(dataSource) - before) / (double)phase.Samples.Count;
                    (check ? transactions[name].Checked : transactions[name].Baseline).Add(perRequest);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {name,-20} {(check ? "with check" : "without"),-10} {phase.Samples.Count / phase.Elapsed.TotalSeconds,7:F0} req/s  " +
                        $"{perRequest:F3} db transactions per request"));
                }
            }
        }

        var report = Report(options, results, transactions);
        Console.WriteLine(report);
        if (options.OutputFile is not null)
        {
            await File.WriteAllTextAsync(options.OutputFile, report);
        }

        return results.Values.Any(r => r.Checked.Sum(p => p.Errors) + r.Baseline.Sum(p => p.Errors) > 0) ? 1 : 0;
    }

    private static HttpClient Client(Uri address, BenchOptions options)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2, UseProxy = false })
        { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Tenant", options.Tenant);
        return http;
    }

    private static Task<PhaseResult> PhaseAsync(
        HttpClient http, string name, Func<int, string> path, string[] tokens, BenchOptions options, int requests) =>
        LoadRunner.RunAsync(name, options.Concurrency, requests, 0, options.PhaseTimeout, async index =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path(index));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[index % tokens.Length]);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK && body.Length > 0;
        });

    private static async Task<Guid[]> PublishedIdsAsync(NpgsqlDataSource dataSource, string tenant)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id FROM products WHERE tenant_id = @tenant AND status = 'Published' ORDER BY id LIMIT 2000");
        command.Parameters.AddWithValue("tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.Count > 0 ? [.. ids] : throw new InvalidOperationException("No published products to read.");
    }

    private static async Task<long> TransactionsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Report(
        BenchOptions options,
        Dictionary<string, (List<PhaseResult> Checked, List<PhaseResult> Baseline)> results,
        Dictionary<string, (List<double> Checked, List<double> Baseline)> transactions)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Session check ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {options.Concurrency} workers)")
            .AppendLine()
            .AppendLine("| Scenario | with check req/s | without req/s | ratio | p50 with / without (ms) | p99 with / without (ms) " +
                        "| db transactions per request with / without | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, (withCheck, without)) in results)
        {
            var a = new Stats(name, withCheck);
            var b = new Stats(name, without);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {a.Throughput:F0} | {b.Throughput:F0} | {a.Throughput / b.Throughput:F3} | " +
                $"{a.Percentile(50):F2} / {b.Percentile(50):F2} | {a.Percentile(99):F2} / {b.Percentile(99):F2} | " +
                $"{transactions[name].Checked.Average():F3} / {transactions[name].Baseline.Average():F3} | {a.Errors + b.Errors} |");
        }

        return text.ToString();
    }
}
