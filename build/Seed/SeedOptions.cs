using System.Globalization;

namespace CustomiseYou.Seed;

/// <summary>Command-line options. Every default is what the catalog benchmark uses, except the connection string.</summary>
internal sealed record SeedOptions
{
    public const string Usage = """
        Bulk-loads realistic catalog data into ONE tenant database (already migrated) with binary COPY.

          dotnet run -c Release --project build/Seed -- --connection "<npgsql connection string>" [options]

          --connection <string>   Npgsql connection string of the tenant database (required)
          --tenant <id>           tenant id stamped on every row: europe (EUR) or south-asia (INR); default europe
          --currency <code>       price currency; default from the tenant (europe EUR, south-asia INR)
          --sellers <n>           sellers, each with one owner user; default 100000
          --products <n>          published products, one image row each; default 1000000
          --seed <n>              random seed (same seed, same data); default 20261124
          --as-of <date>          newest publication date (UTC); products spread over the 2 years before; default 2026-11-01
          --truncate              empty users, sellers, categories, products (CASCADE) first; without it the tables must be empty
          --keep-indexes          load with every index in place (slower); default drops the non-key indexes of
                                  products and product_images, loads, and recreates them from their exact definitions
          --maintenance-work-mem  for the index builds; default 1GB
        """;

    public required string Connection { get; init; }

    public string Tenant { get; init; } = "europe";

    public string Currency { get; init; } = "EUR";

    public int Sellers { get; init; } = 100_000;

    public int Products { get; init; } = 1_000_000;

    public int Seed { get; init; } = 20261124;

    public DateTime AsOf { get; init; } = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public bool Truncate { get; init; }

    public bool KeepIndexes { get; init; }

    public string MaintenanceWorkMem { get; init; } = "1GB";

    /// <summary>Parses the arguments; null (after printing why) when they are invalid or help was asked for.</summary>
    public static SeedOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                Console.WriteLine(Usage);
                return null;
            }

            if (arg is "--truncate" or "--keep-indexes")
            {
                flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[arg] = args[++i];
            }
            else
            {
                Console.Error.WriteLine($"Unknown or incomplete argument '{arg}'.\n\n{Usage}");
                return null;
            }
        }

        var known = new[] { "--connection", "--tenant", "--currency", "--sellers", "--products", "--seed", "--as-of", "--maintenance-work-mem" };
        var unknown = values.Keys.Except(known).ToList();
        if (unknown.Count > 0 || !values.TryGetValue("--connection", out var connection))
        {
            Console.Error.WriteLine(
                (unknown.Count > 0 ? $"Unknown option(s): {string.Join(", ", unknown)}" : "--connection is required") + $"\n\n{Usage}");
            return null;
        }

        var tenant = values.GetValueOrDefault("--tenant", "europe");
        var options = new SeedOptions
        {
            Connection = connection,
            Tenant = tenant,
            Currency = values.GetValueOrDefault("--currency") ?? (tenant == "south-asia" ? "INR" : "EUR"),
            Sellers = Int(values, "--sellers", 100_000),
            Products = Int(values, "--products", 1_000_000),
            Seed = Int(values, "--seed", 20261124),
            AsOf = values.TryGetValue("--as-of", out var asOf)
                ? DateTime.SpecifyKind(
                    DateTime.Parse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    DateTimeKind.Utc)
                : new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            Truncate = flags.Contains("--truncate"),
            KeepIndexes = flags.Contains("--keep-indexes"),
            MaintenanceWorkMem = values.GetValueOrDefault("--maintenance-work-mem", "1GB"),
        };
        if (options.Sellers < 1 || options.Products < 0 || options.Currency is not ("EUR" or "INR"))
        {
            Console.Error.WriteLine("--sellers must be at least 1, --products at least 0, and the currency EUR or INR.");
            return null;
        }

        return options;
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
}
