using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// The payout run for every seller of the tenant (one completed order each, share owed) through the API's payout job
/// (<c>POST /admin/payouts/run</c>, followed to the end), against one SQL statement that computes the same payouts, in
/// one run. The API runs with offline payments, so the figures are our own work (planning, batches, ledger, events);
/// a real provider adds its latency, 8 calls in flight per batch.
/// </summary>
internal static class PayoutBenchmark
{
    private const string BenchMarker = "payout-bench";

    /// <summary>The payouts the job would create, computed in one statement (the baseline).</summary>
    private const string BaselineSql = """
        WITH earned AS (
            SELECT o.seller_id, sum(CASE WHEN t.kind = 'SellerTransfer' THEN t.amount_amount ELSE -t.amount_amount END) AS amount
            FROM orders o
            JOIN transactions t ON t.order_id = o.id AND t.tenant_id = o.tenant_id AND t.kind IN ('SellerTransfer', 'TransferReversal')
            WHERE o.tenant_id = @tenant AND o.status = 'Completed'
            GROUP BY o.seller_id),
        live AS (SELECT seller_id, sum(amount_amount) AS amount FROM payouts WHERE tenant_id = @tenant AND status <> 'Failed' GROUP BY seller_id)
        SELECT count(*), coalesce(sum(e.amount - coalesce(l.amount, 0)), 0)
        FROM earned e LEFT JOIN live l ON l.seller_id = e.seller_id
        JOIN sellers s ON s.id = e.seller_id AND s.tenant_id = @tenant AND s.payout_account IS NOT NULL
        WHERE e.amount - coalesce(l.amount, 0) > 0 AND e.amount - coalesce(l.amount, 0) >= @minimum
        """;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var signingKey = options.SigningKey ?? Environment.GetEnvironmentVariable("Jwt__SigningKey");
        if (string.IsNullOrEmpty(signingKey))
        {
            Console.Error.WriteLine("--only payouts needs the API's signing key: --signing-key or the Jwt__SigningKey environment variable.");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        var orders = await SeedEarningsAsync(dataSource, options.Tenant, options.Currency);
        Console.WriteLine(
            $"Payout benchmark: {orders:N0} sellers with a completed order each (share 90.00 {options.Currency}), tenant {options.Tenant}");

        var baselines = new List<double>();
        (long Count, decimal Sum) expected = default;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            expected = await BaselineAsync(dataSource, options.Tenant);
            baselines.Add(watch.Elapsed.TotalMilliseconds);
        }

        var baselineMs = baselines.Order().ElementAt(1);
        Console.WriteLine($"  baseline (one SELECT computing the payouts): {expected.Count:N0} payouts, {expected.Sum:N2} {options.Currency}, " +
                          $"median {baselineMs:N0} ms of 3");

        using var http = new HttpClient { BaseAddress = options.Api, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("X-Tenant", options.Tenant);
        var admin = (await CheckoutBenchmark.InsertCustomersAsync(dataSource, options.Tenant, 1, "admin"))[0];
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await CheckoutBenchmark.SignInAsync(dataSource, signingKey, admin, options.Tenant, "admin"));
        var run = Stopwatch.StartNew();
        using var accepted = await http.PostAsync("api/v1/admin/payouts/run", null);
        var body = await accepted.Content.ReadAsStringAsync();
        if (!accepted.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"POST /admin/payouts/run answered {(int)accepted.StatusCode}: {body}");
            return 1;
        }

        var runId = JsonDocument.Parse(body).RootElement.GetProperty("runId").GetGuid();
        string status, outcome;
        while (true)
        {
            using var polled = JsonDocument.Parse(await http.GetStringAsync($"api/v1/admin/jobs/runs/{runId}"));
            status = polled.RootElement.GetProperty("status").GetString()!;
            outcome = polled.RootElement.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()!
                : polled.RootElement.TryGetProperty("error", out var e) ? e.ToString() : "";
            if (status is "Succeeded" or "Failed" || run.Elapsed > options.PhaseTimeout)
            {
                break;
            }

            await Task.Delay(200);
        }

        var wallMs = run.Elapsed.TotalMilliseconds;
        var (created, paid, paidSum) = await PayoutsAsync(dataSource, options.Tenant, runId);
        var ratio = wallMs / baselineMs;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Payout run, {orders:N0} sellers ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)")
            .AppendLine()
            .AppendLine("| measure | value |")
            .AppendLine("|---|---|")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| baseline: one SELECT computing the payouts (median of 3) | " +
                $"{baselineMs:N0} ms, {expected.Count:N0} payouts, {expected.Sum:N2} {options.Currency} |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| payout job via `POST /admin/payouts/run`, wall time to the finished run | {wallMs:N0} ms ({status}: {outcome}) |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| payouts created / paid by the run | {created:N0} / {paid:N0}, {paidSum:N2} {options.Currency} |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| ratio job / baseline | {ratio:N1}× (target ≤ 3×); wall time target ≤ 60 s: {(wallMs <= 60_000 ? "met" : "missed")} |")
            .ToString();
        Console.WriteLine(report);
        if (options.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(file, report);
        }

        return status == "Succeeded" && created == expected.Count && paidSum == expected.Sum ? 0 : 1;
    }

    /// <summary>
    /// One completed order per seller with a payout account, its seller share owed (Deferred) in the ledger; earlier bench rows go first.
    /// </summary>
    private static async Task<long> SeedEarningsAsync(NpgsqlDataSource dataSource, string tenant, string currency)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in new[]
        {
            "DELETE FROM payout_items WHERE tenant_id = @tenant",
            "DELETE FROM payouts WHERE tenant_id = @tenant",
            "DELETE FROM transactions WHERE tenant_id = @tenant AND order_id IN (SELECT id FROM orders WHERE tracking_number = @marker)",
            "DELETE FROM orders WHERE tenant_id = @tenant AND tracking_number = @marker",
            """
            INSERT INTO orders (id, checkout_id, customer_id, seller_id, status, total_amount, total_currency, marketplace_fee_amount,
                                marketplace_fee_currency, seller_share_amount, seller_share_currency, refunded_amount, refunded_currency,
                                tracking_number, placed_at, payment_due_by, delivered_at, row_version, tenant_id, shipping_address)
            SELECT gen_random_uuid(), gen_random_uuid(), s.owner_user_id, s.id, 'Completed', 100, @currency, 10, @currency, 90, @currency,
                   0, @currency, @marker, now() - interval '40 days', now() - interval '40 days', now() - interval '30 days', gen_random_uuid(),
                   @tenant,
                   '{"FullName":"Bench","Line1":"1 Road","City":"Berlin","PostalCode":"10115","Country":"DE"}'::jsonb
            FROM sellers s WHERE s.tenant_id = @tenant AND s.payout_account IS NOT NULL
            """,
            """
            INSERT INTO transactions (id, checkout_id, order_id, seller_id, kind, amount_amount, amount_currency, provider, status,
                                      created_at, tenant_id)
            SELECT gen_random_uuid(), o.checkout_id, o.id, o.seller_id, 'SellerTransfer', 90, @currency, 'Manual', 'Deferred',
                   now() - interval '40 days', @tenant
            FROM orders o WHERE o.tenant_id = @tenant AND o.tracking_number = @marker
            """,
            "ANALYZE orders; ANALYZE transactions; ANALYZE payouts",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("tenant", tenant);
            command.Parameters.AddWithValue("currency", currency);
            command.Parameters.AddWithValue("marker", BenchMarker);
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM orders WHERE tenant_id = @tenant AND tracking_number = @marker");
        count.Parameters.AddWithValue("tenant", tenant);
        count.Parameters.AddWithValue("marker", BenchMarker);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<(long Count, decimal Sum)> BaselineAsync(NpgsqlDataSource dataSource, string tenant)
    {
        await using var command = dataSource.CreateCommand(BaselineSql);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("minimum", 10m);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetDecimal(1));
    }

    private static async Task<(long Created, long Paid, decimal PaidSum)> PayoutsAsync(NpgsqlDataSource dataSource, string tenant, Guid runId)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*), count(*) FILTER (WHERE status = 'Succeeded'), coalesce(sum(amount_amount) FILTER (WHERE status = 'Succeeded'), 0) " +
            "FROM payouts WHERE tenant_id = @tenant AND run_id = @run");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("run", runId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetDecimal(2));
    }
}
