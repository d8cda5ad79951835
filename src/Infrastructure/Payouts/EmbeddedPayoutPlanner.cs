using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>
/// The embedded SQLite default (a handful of demo sellers) plans payouts in code with the rules of
/// <see cref="PostgresPayoutPlanner"/>; SQLite has one writer at a time, so there is nothing to skip-lock.
/// </summary>
internal sealed class EmbeddedPayoutPlanner(AppDbContext db, PayoutLedger ledger) : IPayoutPlanner
{
    public async Task<int> CreateDueAsync(string period, Money minimum, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var earned = await ledger.EarnedByOrderAsync(null, null, cancellationToken);
        var live = await db.Payouts.Where(p => p.Status != PayoutStatus.Failed).ToListAsync(cancellationToken);
        var alreadyPaid = await db.Payouts.Where(p => p.Period == period).Select(p => p.SellerId).ToListAsync(cancellationToken);
        var withAccounts = await db.Sellers.Where(s => s.PayoutAccount != null).Select(s => s.Id).ToListAsync(cancellationToken);
        var settled = live.SelectMany(p => p.Items).Select(i => i.OrderId).ToHashSet();
        var created = 0;
        foreach (var seller in earned.Where(e => e.Status == OrderStatus.Completed).GroupBy(e => e.SellerId))
        {
            var available = seller.Sum(e => e.Amount) - live.Where(p => p.SellerId == seller.Key).Sum(p => p.Amount.Amount);
            if (available <= 0m || available < minimum.Amount || alreadyPaid.Contains(seller.Key) || !withAccounts.Contains(seller.Key))
            {
                continue;
            }

            var items = seller.Where(e => !settled.Contains(e.OrderId)).Select(e => new PayoutItem(e.OrderId, Money.Of(e.Amount, minimum.Currency)));
            db.Payouts.Add(Payout.Plan(Guid.CreateVersion7(), seller.Key, period, Money.Of(available, minimum.Currency), items, runId, now));
            created++;
        }

        return created;
    }

    public async Task<IReadOnlyList<Payout>> ClaimDueAsync(int batchSize, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await db.Payouts.Where(p => p.Status == PayoutStatus.Pending).ToListAsync(cancellationToken))
            .Where(p => p.NextAttemptAt <= now).OrderBy(p => p.NextAttemptAt).Take(batchSize)];

    /// <summary>The claimed payouts are tracked: the unit of work's save writes their changes, and its outbox interceptor their events.</summary>
    public Task SaveAttemptsAsync(IReadOnlyList<Payout> attempted, IReadOnlyList<LedgerTransaction> ledgerRows, CancellationToken cancellationToken)
    {
        db.Transactions.AddRange(ledgerRows);
        return Task.CompletedTask;
    }
}
