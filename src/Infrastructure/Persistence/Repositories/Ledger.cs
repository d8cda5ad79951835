using CustomiseYou.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class Ledger(AppDbContext db) : ILedger
{
    /// <summary>Saved rows plus rows added in this unit of work (a refund right after a payment in one transaction sees the charge).</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ForOrderAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await db.Transactions.Where(t => t.OrderId == orderId).LoadAsync(cancellationToken);
        return [.. db.Transactions.Local.Where(t => t.OrderId == orderId).OrderBy(t => t.CreatedAt)];
    }

    public void Add(LedgerTransaction transaction) => db.Transactions.Add(transaction);
}
