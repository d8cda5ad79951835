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
        var signingKey = options.SigningKey ?? Environment.GetEnvironmentVariable("Jwt__SigningKey");
        if (string.IsNullOrEmpty(signingKey))
        {
            Console.Error.WriteLine("--only session-check needs a signing key: --signing-key or the Jwt__SigningKey environment variable.");
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
                    var phase = await PhaseAsync(check ? withCheck : baseline, name, path, tokens, options, options.ByIdRequests / 2);
                    (check ? results[name].Checked : results[name].Baseline).Add(phase);
                }
            }
        }

        var report = Report(options, results);
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

    private static string Report(BenchOptions options, Dictionary<string, (List<PhaseResult> Checked, List<PhaseResult> Baseline)> results)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Session check ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {options.Concurrency} workers)")
            .AppendLine()
            .AppendLine("| Scenario | with check req/s | without req/s | ratio | p50 with / without (ms) | p99 with / without (ms) | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, (withCheck, without)) in results)
        {
            var a = new Stats(name, withCheck);
            var b = new Stats(name, without);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {a.Throughput:F0} | {b.Throughput:F0} | {a.Throughput / b.Throughput:F3} | " +
                $"{a.Percentile(50):F2} / {b.Percentile(50):F2} | {a.Percentile(99):F2} / {b.Percentile(99):F2} | {a.Errors + b.Errors} |");
        }

        return text.ToString();
    }
}
