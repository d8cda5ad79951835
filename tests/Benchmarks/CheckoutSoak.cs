using System.Globalization;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// <c>--only soak</c>: the stress check of issue 16, item 8. One customer per worker adds its own product to its cart and
/// checks out, over and over, for <c>--soak-minutes</c>, while a watcher reads <c>pg_stat_activity</c> every second.
/// Passes only when no request failed and no connection of the API stayed idle in a transaction for 5 s or more.
/// </summary>
internal static partial class CheckoutBenchmark
{
    private static readonly TimeSpan IdleInTransactionLimit = TimeSpan.FromSeconds(5);

    public static async Task<int> SoakAsync(BenchOptions options)
    {
        if (options.SigningKeyFor("soak") is not { } signingKey)
        {
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        var workers = options.Concurrency;
        var customers = await InsertCustomersAsync(dataSource, options.Tenant, workers);
        var products = await PrepareProductsAsync(dataSource, options.Tenant, workers, options.HotStock);
        var tokens = await Task.WhenAll(customers.Select(c => SignInAsync(dataSource, signingKey, c, options.Tenant)));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 })
        { BaseAddress = options.Api, Timeout = TimeSpan.FromSeconds(120) };

        using var stop = new CancellationTokenSource();
        var watcher = WatchIdleTransactionsAsync(dataSource, stop.Token);
        var end = DateTime.UtcNow.AddMinutes(options.SoakMinutes);
        long checkouts = 0, errors = 0;
        Console.WriteLine($"Soak: {workers} workers for {options.SoakMinutes} min against {options.Api}");
        while (DateTime.UtcNow < end)
        {
            var phase = await RunApiAsync("soak", http, options.Tenant, tokens, w => products[w], TimeSpan.FromSeconds(30), options.ApiPid);
            checkouts += phase.Checkouts.Samples.Count;
            errors += phase.Checkouts.Errors;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {DateTime.UtcNow:HH:mm:ss} {checkouts,9:N0} checkouts, {errors} failed, " +
                $"{phase.Checkouts.Samples.Count / phase.Checkouts.Elapsed.TotalSeconds:F0}/s"));
        }

        await stop.CancelAsync();
        var longestIdle = await watcher;
        var passed = errors == 0 && longestIdle < IdleInTransactionLimit;
        var report = string.Create(CultureInfo.InvariantCulture,
            $"Soak {(passed ? "passed" : "FAILED")}: {checkouts:N0} checkouts by {workers} workers in {options.SoakMinutes} min, " +
            $"{errors} failed requests, longest idle-in-transaction connection {longestIdle.TotalSeconds:F1} s " +
            $"(limit {IdleInTransactionLimit.TotalSeconds:F0} s)");
        Console.WriteLine(report);
        if (options.OutputFile is not null)
        {
            await File.WriteAllTextAsync(options.OutputFile, report + Environment.NewLine);
        }

        return passed ? 0 : 1;
    }

    /// <summary>The longest time any connection other than the watcher's own spent idle inside a transaction.</summary>
    private static async Task<TimeSpan> WatchIdleTransactionsAsync(NpgsqlDataSource dataSource, CancellationToken stop)
    {
        var longest = TimeSpan.Zero;
        await using var command = dataSource.CreateCommand("""
            SELECT coalesce(max(extract(epoch FROM now() - state_change)), 0)::float8 FROM pg_stat_activity
            WHERE state IN ('idle in transaction', 'idle in transaction (aborted)') AND pid <> pg_backend_pid()
            """);
        while (!stop.IsCancellationRequested)
        {
            var seconds = (double)(await command.ExecuteScalarAsync(CancellationToken.None))!;
            longest = TimeSpan.FromSeconds(Math.Max(longest.TotalSeconds, seconds));
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return longest;
    }
}
