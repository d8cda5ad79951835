using System.Globalization;

namespace CustomiseYou.Benchmarks;

internal sealed record BenchOptions
{
    public const string Usage = """
        Catalog benchmark: the API against raw Npgsql running the identical SQL, same concurrency, same run.

          dotnet run -c Release --project tests/Benchmarks -- --api http://127.0.0.1:<port> --connection "<tenant db>" [options]

          --api <url>                base address of the running API (loopback only)
          --connection <string>      Npgsql connection string of the tenant database the API uses
          --tenant <id>              X-Tenant header and tenant_id; default europe
          --search-config <name>     the tenant's SearchLanguage (the @cfg parameter); default english
          --currency <code>          the tenant currency, for the facet price buckets; default EUR
          --concurrency <n>          concurrent workers in every phase; default 16
          --search-requests <n>      measured search requests per side and round (rounded up to whole term rotations); default 150
          --byid-requests <n>        measured product-by-id requests per side and round; default 20000
          --warmup-rotations <n>     warm-up passes over the search terms per side; default 1
          --byid-warmup <n>          warm-up product-by-id requests per side (lets tiered JIT and PGO settle); default 40000
          --rounds <n>               measured rounds; the API/raw order alternates between rounds; default 2
          --phase-timeout <seconds>  hard cap on any one phase; default 300
          --only <search|byid>       run one of the two scenario pairs (diagnostics); default both
          --only checkout            instead: the checkout benchmark (writes: adds customers, orders and reservations)
          --only session-check       instead: the API with and without the live session check, both hosted in this process
          --only soak                instead: cart and checkout for --soak-minutes (5) checking that no request fails and
                                     no connection stays idle in a transaction for 5 s (writes, like checkout)
          --only payouts             instead: the payout run for every seller against one SQL statement computing the same payouts
                                     (writes: a completed order per seller, then the payouts)
          --signing-key <base64>     checkout: the API's Jwt__SigningKey, to mint customer tokens (default: that env variable)
          --checkout-seconds <n>     checkout: measured seconds per phase and round; default 15
          --checkout-warmup <n>      checkout: warm-up seconds per API scenario (lets tiered JIT and PGO settle); default 30
          --hot-stock <n>            checkout: stock set on the hot product (and the distinct ones); default 10000000
          --pgbench <path>           checkout: pgbench binary for the raw hot-row UPDATE (run as the postgres user when root)
          --api-pid <pid>            the API's process id: reports its CPU time per request in each phase
          --explain <file>           also write EXPLAIN (ANALYZE, BUFFERS) of the search SQL for sample terms and every sort
          --output <file>            write the results as Markdown (also printed)
        """;

    public required Uri Api { get; init; }

    public required string Connection { get; init; }

    public string Tenant { get; init; } = "europe";

    public string SearchConfig { get; init; } = "english";

    public string Currency { get; init; } = "EUR";

    public int Concurrency { get; init; } = 16;

    public int SearchRequests { get; init; } = 150;

    public int ByIdRequests { get; init; } = 20_000;

    public int WarmupRotations { get; init; } = 1;

    public int ByIdWarmup { get; init; } = 40_000;

    public int Rounds { get; init; } = 2;

    public TimeSpan PhaseTimeout { get; init; } = TimeSpan.FromSeconds(300);

    public string? ExplainFile { get; init; }

    public string? Only { get; init; }

    public int? ApiPid { get; init; }

    public string? SigningKey { get; init; }

    public int CheckoutSeconds { get; init; } = 15;

    public int CheckoutWarmupSeconds { get; init; } = 30;

    public int HotStock { get; init; } = 10_000_000;

    public int SoakMinutes { get; init; } = 5;

    public string? PgBench { get; init; }

    public string? OutputFile { get; init; }

    /// <summary>The API's signing key (to mint tokens), or null after saying that <paramref name="mode"/> needs one.</summary>
    public string? SigningKeyFor(string mode)
    {
        var key = SigningKey ?? Environment.GetEnvironmentVariable("Jwt__SigningKey");
        if (string.IsNullOrEmpty(key))
        {
            Console.Error.WriteLine($"--only {mode} needs the API's signing key: --signing-key or the Jwt__SigningKey environment variable.");
            return null;
        }

        return key;
    }

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                Console.WriteLine(Usage);
                return null;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'.\n\n{Usage}");
                return null;
            }

            values[args[i]] = args[++i];
        }

        if (!values.TryGetValue("--api", out var api) || !values.TryGetValue("--connection", out var connection))
        {
            Console.Error.WriteLine($"--api and --connection are required.\n\n{Usage}");
            return null;
        }

        var uri = new Uri(api.EndsWith('/') ? api : api + "/");
        // Load goes to this machine only.
        if (!uri.IsLoopback)
        {
            Console.Error.WriteLine($"--api must be a loopback address (127.0.0.1 or localhost), not '{uri.Host}'.");
            return null;
        }

        return new BenchOptions
        {
            Api = uri,
            Connection = connection,
            Tenant = values.GetValueOrDefault("--tenant", "europe"),
            SearchConfig = values.GetValueOrDefault("--search-config", "english"),
            Currency = values.GetValueOrDefault("--currency", "EUR"),
            Concurrency = Int(values, "--concurrency", 16),
            SearchRequests = Int(values, "--search-requests", 150),
            ByIdRequests = Int(values, "--byid-requests", 20_000),
            WarmupRotations = Int(values, "--warmup-rotations", 1),
            ByIdWarmup = Int(values, "--byid-warmup", 40_000),
            Rounds = Math.Max(1, Int(values, "--rounds", 2)),
            PhaseTimeout = TimeSpan.FromSeconds(Int(values, "--phase-timeout", 300)),
            ExplainFile = values.GetValueOrDefault("--explain"),
            Only = values.GetValueOrDefault("--only"),
            ApiPid = values.TryGetValue("--api-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            OutputFile = values.GetValueOrDefault("--output"),
            SigningKey = values.GetValueOrDefault("--signing-key"),
            CheckoutSeconds = Int(values, "--checkout-seconds", 15),
            CheckoutWarmupSeconds = Int(values, "--checkout-warmup", 30),
            HotStock = Int(values, "--hot-stock", 10_000_000),
            SoakMinutes = Math.Max(1, Int(values, "--soak-minutes", 5)),
            PgBench = values.GetValueOrDefault("--pgbench"),
        };
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
}
