using System.Diagnostics;
using System.Globalization;
using CustomiseYou.Application.Payouts.CreatePayouts;
using CustomiseYou.Application.Payouts.ExecutePayouts;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Jobs;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>
/// The payout jobs of one tenant. A scheduled run creates the period's payouts in one statement (its own commit), then
/// pays what is due in batches, each batch its own transaction; the retry job only pays what is due. Safe on several
/// instances at once: creation is unique per seller and period, and each batch locks its payouts with SKIP LOCKED.
/// </summary>
public static class PayoutRun
{
    public const int BatchSize = 500;

    public static async Task<Result<string>> CreateAndPayAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var created = await context.SendAsync(new CreatePayoutsCommand(context.RunId), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var creation = Stopwatch.GetElapsedTime(started);
        var paid = await PayDueAsync(context, cancellationToken);
        return paid.IsSuccess ? $"{created.Value} payouts created in {Seconds(creation)}; {paid.Value}" : paid;
    }

    /// <summary>Pays due payouts until none is left that is due now (failed attempts wait for their backoff).</summary>
    public static async Task<Result<string>> PayDueAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        int succeeded = 0, retrying = 0, failed = 0;
        while (true)
        {
            var batch = await context.SendAsync(new ExecutePayoutsCommand(BatchSize), cancellationToken);
            if (!batch.IsSuccess)
            {
                return batch.Error!;
            }

            if (batch.Value.Claimed == 0)
            {
                return $"{succeeded} paid, {retrying} to retry, {failed} failed in {Seconds(Stopwatch.GetElapsedTime(started))}";
            }

            succeeded += batch.Value.Succeeded;
            retrying += batch.Value.Retrying;
            failed += batch.Value.Failed;
        }
    }

    private static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");
}
