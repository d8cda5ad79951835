using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// <c>--only checkout</c>: checkout through the API with one customer per worker, every worker on its own product
/// (no shared row) and then all of them on one hot product; against the bare reservation UPDATE on the same hot row
/// through Npgsql and through pgbench, in alternating order within one run. Each API iteration is
/// <c>POST /cart/items</c> (quantity 1) followed by <c>POST /checkout</c>: latency is reported for the checkout
/// request alone and for the pair; throughput is completed checkouts per second of wall time.
/// </summary>
internal static partial class CheckoutBenchmark
{
    private const string ReserveSql =
        "UPDATE products SET reserved = reserved + 1 WHERE id = @id AND tenant_id = @tenant AND status = 'Published' AND stock - reserved >= 1";

    private const string AddressJson =
        """{"shippingAddress":{"fullName":"Bench Customer","line1":"Hauptstraße 1","city":"Berlin","postalCode":"10115","country":"DE"}}""";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (options.SigningKeyFor("checkout") is not { } signingKey)
        {
            return 2;
        }

        var loadAtStart = LoadAverage();
        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        var workers = options.Concurrency;
        var customers = await InsertCustomersAsync(dataSource, options.Tenant, workers);
        var products = await PrepareProductsAsync(dataSource, options.Tenant, workers + 1, options.HotStock);
        var distinct = products[..workers];
        var hot = products[workers];
        var tokens = await Task.WhenAll(customers.Select(c => SignInAsync(dataSource, signingKey, c, options.Tenant)));
        Console.WriteLine($"Checkout benchmark: {options.Api}, tenant {options.Tenant}, {workers} workers (one new customer each), " +
                          $"{workers} distinct products + hot product {hot} (stock {options.HotStock:N0}), " +
                          $"{options.Rounds} round(s) of {options.CheckoutSeconds} s phases");

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = workers * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = options.Api, Timeout = TimeSpan.FromSeconds(120) };

        // Sanity: one checkout must succeed end to end before anything is measured.
        var probe = await ApiIterationAsync(http, options.Tenant, tokens[0], distinct[0]);
        if (!probe.Ok)
        {
            Console.Error.WriteLine($"First checkout failed: {probe.Failure}");
            return 1;
        }

        Console.WriteLine("Warm-up");
        var warmup = TimeSpan.FromSeconds(options.CheckoutWarmupSeconds);
        foreach (var (name, productOf) in new (string, Func<int, Guid>)[] { ("distinct", w => distinct[w]), ("hot", _ => hot) })
        {
            var phase = await RunApiAsync($"warm-up {name}", http, options.Tenant, tokens, productOf, warmup, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-10} {phase.Checkouts.Samples.Count,6:N0} checkouts in {phase.Checkouts.Elapsed.TotalSeconds:F1} s, " +
                $"{phase.Checkouts.Errors} errors"));
        }

        await RunRawAsync(dataSource, options.Tenant, hot, workers, TimeSpan.FromSeconds(2));

        var duration = TimeSpan.FromSeconds(options.CheckoutSeconds);
        var apiDistinct = new List<ApiPhase>();
        var apiHot = new List<ApiPhase>();
        var rawHot = new List<PhaseResult>();
        var pgbench = new List<PgBenchResult>();
        var invariants = new List<string>();
        for (var round = 0; round < options.Rounds; round++)
        {
            Console.WriteLine($"Round {round + 1} of {options.Rounds}");
            var steps = new List<Func<Task>>
            {
                async () => apiDistinct.Add(Print(await RunApiAsync(
                    "API checkout, distinct products", http, options.Tenant, tokens, w => distinct[w], duration, options.ApiPid))),
                async () =>
                {
                    var before = await ReservedAsync(dataSource, hot);
                    var phase = Print(await RunApiAsync(
                        "API checkout, hot product", http, options.Tenant, tokens, _ => hot, duration, options.ApiPid));
                    apiHot.Add(phase);
                    invariants.Add(Invariant(
                        "API hot", await ReservedAsync(dataSource, hot) - before, phase.Checkouts.Samples.Count - phase.Checkouts.Errors));
                },
                async () =>
                {
                    var before = await ReservedAsync(dataSource, hot);
                    var phase = await RunRawAsync(dataSource, options.Tenant, hot, workers, duration);
                    rawHot.Add(phase);
                    PrintRaw(phase);
                    invariants.Add(Invariant("Npgsql hot", await ReservedAsync(dataSource, hot) - before, phase.Samples.Count - phase.Errors));
                },
            };
            if (options.PgBench is not null)
            {
                steps.Add(async () =>
                {
                    var before = await ReservedAsync(dataSource, hot);
                    var result = await RunPgBenchAsync(options, hot, workers, options.CheckoutSeconds);
                    pgbench.Add(result);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {"pgbench, hot UPDATE",-34} {result.Transactions,7:N0} tx  {result.Tps,8:F1} tps  " +
                        $"latency avg {result.LatencyAverageMs:F2} ms  failed {result.Failed}"));
                    invariants.Add(Invariant("pgbench hot", await ReservedAsync(dataSource, hot) - before, result.Transactions));
                });
            }

            if (round % 2 == 1)
            {
                steps.Reverse();
            }

            foreach (var step in steps)
            {
                await step();
            }
        }

        var report = Report(options, loadAtStart, LoadAverage(), hot, apiDistinct, apiHot, rawHot, pgbench, invariants);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.OutputFile is not null)
        {
            await File.WriteAllTextAsync(options.OutputFile, report);
        }

        var errors = apiDistinct.Concat(apiHot).Sum(p => p.Checkouts.Errors) + rawHot.Sum(p => p.Errors) + pgbench.Sum(p => p.Failed);
        return errors > 0 || invariants.Any(i => i.Contains("MISMATCH", StringComparison.Ordinal)) ? 1 : 0;
    }

    private sealed record ApiPhase(PhaseResult Checkouts, PhaseResult Pairs);

    private sealed record PgBenchResult(long Transactions, long Failed, double Tps, double LatencyAverageMs, string Output);

    private readonly record struct Iteration(bool Ok, double CheckoutMs, string? Failure);

    internal static async Task<Guid[]> InsertCustomersAsync(NpgsqlDataSource dataSource, string tenant, int count, string role = "customer")
    {
        // New customer-only users (the same columns as build/Seed writes), so no cart or order of theirs exists yet.
        await using var command = dataSource.CreateCommand("""
            INSERT INTO users (id, email, email_verified, password_hash, full_name, phone, phone_verified, created_at,
                               failed_login_count, failed_login_window_start, roles, tenant_id)
            SELECT gen_random_uuid(), 'checkout-bench-' || @run || '-' || n || '@example.test', true, u.password_hash,
                   'Checkout Bench ' || n, NULL, false, now(), 0, NULL,
                   (SELECT array_agg(DISTINCT r) FROM unnest(ARRAY['customer', @role]::text[]) r), @tenant
            FROM (SELECT password_hash FROM users WHERE tenant_id = @tenant LIMIT 1) u, generate_series(1, @count) n
            RETURNING id
            """);
        command.Parameters.AddWithValue("run", Guid.NewGuid().ToString("N")[..8]);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("role", role);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.Count == count ? [.. ids] : throw new InvalidOperationException("No users to copy a password hash from: seed the tenant first.");
    }

    /// <summary>Published, not customisable products of distinct sellers; their stock set high and reservations cleared.</summary>
    private static async Task<Guid[]> PrepareProductsAsync(NpgsqlDataSource dataSource, string tenant, int count, int stock)
    {
        await using var command = dataSource.CreateCommand("""
            WITH picked AS (
                SELECT DISTINCT ON (seller_id) id FROM products
                WHERE tenant_id = @tenant AND status = 'Published' AND NOT customizable
                ORDER BY seller_id, id LIMIT @count)
            UPDATE products p SET stock = @stock, reserved = 0 FROM picked WHERE p.id = picked.id
            RETURNING p.id
            """);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("stock", stock);
        var ids = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        ids.Sort();
        return ids.Count == count ? [.. ids] : throw new InvalidOperationException($"Only {ids.Count} suitable products (need {count}).");
    }

    /// <summary>
    /// Signs <paramref name="userId"/> in as the API would: a live session row (access tokens are checked against it)
    /// and an access token as JwtAccessTokenIssuer issues it (same key id, issuer, audience and claims), valid for 2 hours.
    /// </summary>
    internal static async Task<string> SignInAsync(NpgsqlDataSource dataSource, string signingKey, Guid userId, string tenant, string role = "customer")
    {
        var sessionId = Guid.CreateVersion7();
        await using (var insert = dataSource.CreateCommand("""
            INSERT INTO sessions (id, user_id, user_agent, ip_address, created_at, last_used_at, revoked_at, revoked_reason, expires_at,
                                  row_version, tenant_id)
            VALUES (@id, @user, 'benchmark', NULL, now(), now(), NULL, NULL, now() + interval '1 day', gen_random_uuid(), @tenant)
            """))
        {
            insert.Parameters.AddWithValue("id", sessionId);
            insert.Parameters.AddWithValue("user", userId);
            insert.Parameters.AddWithValue("tenant", tenant);
            await insert.ExecuteNonQueryAsync();
        }

        var bytes = Convert.FromBase64String(signingKey);
        var key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(SHA256.HashData(bytes))[..16] };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "customiseyou",
            Audience = "customiseyou-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(2),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId.ToString(),
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["tenant"] = tenant,
                ["sid"] = sessionId.ToString(),
                ["role"] = new[] { role },
            },
        });
    }

    private static async Task<Iteration> ApiIterationAsync(HttpClient http, string tenant, string token, Guid product)
    {
        using (var add = Request("api/v1/cart/items", tenant, token, $$"""{"productId":"{{product}}","quantity":1}"""))
        using (var added = await http.SendAsync(add))
        {
            var body = await added.Content.ReadAsStringAsync();
            if (added.StatusCode != HttpStatusCode.Created)
            {
                return new Iteration(false, double.NaN, $"cart/items {(int)added.StatusCode}: {Trim(body)}");
            }
        }

        var started = Stopwatch.GetTimestamp();
        using var checkout = Request("api/v1/checkout", tenant, token, AddressJson);
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var placed = await http.SendAsync(checkout);
        var result = await placed.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return placed.StatusCode == HttpStatusCode.Created
            ? new Iteration(true, elapsed, null)
            : new Iteration(false, elapsed, $"checkout {(int)placed.StatusCode}: {Trim(result)}");
    }

    private static HttpRequestMessage Request(string path, string tenant, string token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Tenant", tenant);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "...";

    /// <summary>One worker per customer (a customer's cart is used by one request at a time), closed loop, for a fixed duration.</summary>
    private static async Task<ApiPhase> RunApiAsync(
        string name, HttpClient http, string tenant, string[] tokens, Func<int, Guid> productOf, TimeSpan duration, int? apiPid)
    {
        var (apiCpuBefore, clientCpuBefore) = LoadRunner.CpuNow(apiPid);
        var checkouts = new ConcurrentBag<List<Sample>>();
        var pairs = new ConcurrentBag<List<Sample>>();
        var errors = 0;
        var watch = Stopwatch.StartNew();
        var tasks = tokens.Select((token, worker) => Task.Run(async () =>
        {
            List<Sample> myCheckouts = [], myPairs = [];
            checkouts.Add(myCheckouts);
            pairs.Add(myPairs);
            var product = productOf(worker);
            for (var i = 0; watch.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Iteration iteration;
                try
                {
                    iteration = await ApiIterationAsync(http, tenant, token, product);
                }
#pragma warning disable CA1031 // a failed request is counted, not fatal
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    iteration = new Iteration(false, double.NaN, $"{exception.GetType().Name}: {exception.Message}");
                }

                var pairMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!iteration.Ok && Interlocked.Increment(ref errors) <= 3)
                {
                    Console.Error.WriteLine($"  {name}: worker {worker} iteration {i} failed: {iteration.Failure}");
                }

                myPairs.Add(new Sample(i, pairMs, iteration.Ok));
                myCheckouts.Add(new Sample(i, double.IsNaN(iteration.CheckoutMs) ? pairMs : iteration.CheckoutMs, iteration.Ok));
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        watch.Stop();
        var (apiCpuAfter, clientCpuAfter) = LoadRunner.CpuNow(apiPid);
        var cpu = (apiCpuAfter - apiCpuBefore, clientCpuAfter - clientCpuBefore);
        return new ApiPhase(
            new PhaseResult(name, [.. checkouts.SelectMany(s => s)], watch.Elapsed, errors) { Cpu = cpu },
            new PhaseResult(name, [.. pairs.SelectMany(s => s)], watch.Elapsed, errors) { Cpu = cpu });
    }

    /// <summary>The reservation UPDATE alone on the hot row, autocommit, one prepared command per worker connection.</summary>
    private static async Task<PhaseResult> RunRawAsync(NpgsqlDataSource dataSource, string tenant, Guid hot, int workers, TimeSpan duration)
    {
        var samples = new ConcurrentBag<List<Sample>>();
        var errors = 0;
        var connections = new List<NpgsqlConnection>();
        for (var w = 0; w < workers; w++)
        {
            connections.Add(await dataSource.OpenConnectionAsync());
        }

        var watch = Stopwatch.StartNew();
        var tasks = connections.Select(connection => Task.Run(async () =>
        {
            List<Sample> mine = [];
            samples.Add(mine);
            await using var command = new NpgsqlCommand(ReserveSql, connection);
            command.Parameters.AddWithValue("id", hot);
            command.Parameters.AddWithValue("tenant", tenant);
            await command.PrepareAsync();
            for (var i = 0; watch.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await command.ExecuteNonQueryAsync() == 1;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(new Sample(i, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        watch.Stop();
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return new PhaseResult("Npgsql, hot UPDATE", [.. samples.SelectMany(s => s)], watch.Elapsed, errors);
    }

    /// <summary>pgbench with a script of exactly the reservation UPDATE (literal id and tenant), prepared protocol.</summary>
    private static async Task<PgBenchResult> RunPgBenchAsync(BenchOptions options, Guid hot, int clients, int seconds)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.Connection);
        var script = Path.Combine(Path.GetTempPath(), $"customiseyou-reserve-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, ReserveSql.Replace("@id", $"'{hot}'", StringComparison.Ordinal)
            .Replace("@tenant", $"'{options.Tenant}'", StringComparison.Ordinal) + ";\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        try
        {
            string[] arguments =
            [
                "-n", "-M", "prepared", "-f", script, "-c", clients.ToString(CultureInfo.InvariantCulture),
                "-j", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), "-T", seconds.ToString(CultureInfo.InvariantCulture),
                "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!,
                connection.Database!,
            ];
            // PostgreSQL's tools refuse to run as root: run pgbench as the postgres user then, like build/postgres.sh.
            var asRoot = Environment.UserName == "root";
            var start = new ProcessStartInfo(asRoot ? "runuser" : options.PgBench!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in asRoot ? ["-u", "postgres", "--", options.PgBench!, .. arguments] : arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cap = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 60));
            await process.WaitForExitAsync(cap.Token);
            var output = await stdout + await stderr;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pgbench exited with {process.ExitCode}:\n{output}");
            }

            static double Number(Regex regex, string text) =>
                regex.Match(text) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
            return new PgBenchResult(
                (long)Number(ProcessedPattern(), output), (long)(Number(FailedPattern(), output) is var f && double.IsNaN(f) ? 0 : f),
                Number(TpsPattern(), output), Number(LatencyPattern(), output), output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [GeneratedRegex(@"number of transactions actually processed: (\d+)")]
    private static partial Regex ProcessedPattern();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex FailedPattern();

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"latency average = ([\d.]+) ms")]
    private static partial Regex LatencyPattern();

    private static async Task<long> ReservedAsync(NpgsqlDataSource dataSource, Guid product)
    {
        await using var command = dataSource.CreateCommand("SELECT reserved FROM products WHERE id = @id");
        command.Parameters.AddWithValue("id", product);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Invariant(string name, long reservedDelta, long succeeded) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}: reserved +{reservedDelta:N0}, successful reservations {succeeded:N0} {(reservedDelta == succeeded ? "(equal)" : "MISMATCH")}");

    private static ApiPhase Print(ApiPhase phase)
    {
        var sorted = phase.Checkouts.Samples.Select(s => s.Milliseconds).Order().ToList();
        var pairs = phase.Pairs.Samples.Select(s => s.Milliseconds).Order().ToList();
        var cpu = phase.Checkouts.Cpu.Api > TimeSpan.Zero && sorted.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"  API CPU {phase.Checkouts.Cpu.Api.TotalMilliseconds / sorted.Count:F2} ms/iteration")
            : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {phase.Checkouts.Name,-34} {sorted.Count,7:N0} co {sorted.Count / phase.Checkouts.Elapsed.TotalSeconds,8:F1} co/s  " +
            $"checkout p50 {Stats.Percentile(sorted, 50):F1} p95 {Stats.Percentile(sorted, 95):F1} p99 {Stats.Percentile(sorted, 99):F1} ms; " +
            $"pair p95 {Stats.Percentile(pairs, 95):F1} ms  errors {phase.Checkouts.Errors}{cpu}"));
        return phase;
    }

    private static void PrintRaw(PhaseResult phase)
    {
        var sorted = phase.Samples.Select(s => s.Milliseconds).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {phase.Name,-34} {sorted.Count,7:N0} tx  {sorted.Count / phase.Elapsed.TotalSeconds,8:F1} tx/s  " +
            $"p50 {Stats.Percentile(sorted, 50):F2} p95 {Stats.Percentile(sorted, 95):F2} p99 {Stats.Percentile(sorted, 99):F2} ms  " +
            $"errors {phase.Errors}"));
    }

    private static string Report(
        BenchOptions options, string loadAtStart, string loadAtEnd, Guid hot, List<ApiPhase> apiDistinct, List<ApiPhase> apiHot,
        List<PhaseResult> rawHot, List<PgBenchResult> pgbench, List<string> invariants)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c,
            $"{options.Concurrency} concurrent clients; {options.Rounds} round(s) of {options.CheckoutSeconds} s per scenario, " +
            $"order reversed in every other round; hot product {hot} (stock {options.HotStock:N0}); {Environment.ProcessorCount} cores; " +
            $"load average {loadAtStart} at start, {loadAtEnd} at end.");
        sb.AppendLine();
        sb.AppendLine(
            "| scenario | completed | errors | throughput (/s) | p50 ms | p95 ms | p99 ms | max ms | " +
            "pair p50 ms | pair p95 ms | pair p99 ms | API CPU ms/iteration (add + checkout) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var distinctStats = ApiRow("API checkout, 16 distinct products", apiDistinct);
        var hotStats = ApiRow("API checkout, 1 hot product", apiHot);
        var raw = new Stats("Npgsql hot UPDATE", rawHot);
        if (raw.Count > 0)
        {
            sb.AppendLine(c,
                $"| Npgsql: reservation UPDATE, hot row (autocommit) | {raw.Count - raw.Errors:N0} | {raw.Errors} | {raw.Throughput:F1} | " +
                $"{raw.Percentile(50):F2} | {raw.Percentile(95):F2} | {raw.Percentile(99):F2} | {raw.Max:F1} | | | | |");
        }

        var pgTps = pgbench.Count == 0 ? double.NaN : pgbench.Sum(p => (double)p.Transactions) / pgbench.Sum(p => p.Transactions / p.Tps);
        if (pgbench.Count > 0)
        {
            sb.AppendLine(c,
                $"| pgbench: reservation UPDATE, hot row (-M prepared) | {pgbench.Sum(p => p.Transactions):N0} | {pgbench.Sum(p => p.Failed)} | " +
                $"{pgTps:F1} | avg {pgbench.Average(p => p.LatencyAverageMs):F2} | | | | | | | |");
        }

        sb.AppendLine();
        sb.AppendLine(c,
            $"Per round (throughput /s): API distinct {string.Join(", ", apiDistinct.Select(p => Rate(p.Checkouts)))}; " +
            $"API hot {string.Join(", ", apiHot.Select(p => Rate(p.Checkouts)))}; Npgsql hot {string.Join(", ", rawHot.Select(Rate))}; " +
            $"pgbench {string.Join(", ", pgbench.Select(p => p.Tps.ToString("F1", c)))}.");
        sb.AppendLine();
        sb.AppendLine("| ratio / check | value |");
        sb.AppendLine("|---|---:|");
        sb.AppendLine(c, $"| API hot checkout throughput / pgbench hot UPDATE tps | {hotStats.Throughput / pgTps:F3} |");
        sb.AppendLine(c, $"| API hot checkout throughput / API distinct checkout throughput | {hotStats.Throughput / distinctStats.Throughput:F2} |");
        sb.AppendLine(c, $"| API hot checkout p95 / API distinct checkout p95 | {hotStats.Percentile(95) / distinctStats.Percentile(95):F2} |");
        sb.AppendLine(c, $"| Npgsql hot UPDATE / pgbench hot UPDATE | {raw.Throughput / pgTps:F2} |");
        sb.AppendLine(c, $"| hot-row reservation rate ≥ 1,000/s, database alone (pgbench) | {(pgTps >= 1000 ? "met" : "MISSED")} ({pgTps:F0}/s) |");
        sb.AppendLine(c,
            $"| hot-row reservation rate ≥ 1,000/s, through the API checkout | " +
            $"{(hotStats.Throughput >= 1000 ? "met" : "MISSED")} ({hotStats.Throughput:F0}/s) |");
        sb.AppendLine();
        sb.AppendLine("Reservation bookkeeping (products.reserved moved by exactly the successful reservations):");
        sb.AppendLine();
        invariants.ForEach(i => sb.AppendLine("- " + i));
        return sb.ToString();

        Stats ApiRow(string name, List<ApiPhase> phases)
        {
            var checkout = new Stats(name, [.. phases.Select(p => p.Checkouts)]);
            var pair = new Stats(name, [.. phases.Select(p => p.Pairs)]);
            if (checkout.Count > 0)
            {
                var cpu = options.ApiPid is null ? "" : (checkout.ApiCpu.TotalMilliseconds / checkout.Count).ToString("F2", c);
                sb.AppendLine(c,
                    $"| {name} | {checkout.Count - checkout.Errors:N0} | {checkout.Errors} | {checkout.Throughput:F1} | " +
                    $"{checkout.Percentile(50):F1} | {checkout.Percentile(95):F1} | {checkout.Percentile(99):F1} | {checkout.Max:F1} | " +
                    $"{pair.Percentile(50):F1} | {pair.Percentile(95):F1} | {pair.Percentile(99):F1} | {cpu} |");
            }

            return checkout;
        }
    }

    private static string Rate(PhaseResult phase) =>
        ((phase.Samples.Count - phase.Errors) / phase.Elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
