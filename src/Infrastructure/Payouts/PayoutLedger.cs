using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>What each order earned its seller: seller transfers less transfer reversals, read from the ledger.</summary>
internal sealed class PayoutLedger(AppDbContext db)
{
    public sealed record OrderEarning(
        Guid OrderId, Guid SellerId, OrderStatus Status, decimal Amount, TransactionStatus TransferStatus, string? TransferReference);

    public async Task<IReadOnlyList<OrderEarning>> EarnedByOrderAsync(
        Guid? sellerId, IReadOnlyCollection<Guid>? orderIds, CancellationToken cancellationToken)
    {
        var rows = await (
                from t in db.Transactions.AsNoTracking()
                join o in db.Orders.AsNoTracking() on t.OrderId equals o.Id
                where (t.Kind == TransactionKind.SellerTransfer || t.Kind == TransactionKind.TransferReversal)
                    && (sellerId == null || o.SellerId == sellerId)
                    && (orderIds == null || orderIds.Contains(o.Id))
                select new
                {
                    OrderId = o.Id,
                    o.SellerId,
                    OrderStatus = o.Status,
                    t.Kind,
                    t.Amount.Amount,
                    TransferStatus = t.Status,
                    t.ProviderReference,
                })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.OrderId, r.SellerId, r.OrderStatus)).Select(order =>
        {
            var transfer = order.First(r => r.Kind == TransactionKind.SellerTransfer);
            var amount = order.Sum(r => r.Kind == TransactionKind.SellerTransfer ? r.Amount : -r.Amount);
            return new OrderEarning(
                order.Key.OrderId, order.Key.SellerId, order.Key.OrderStatus, amount, transfer.TransferStatus, transfer.ProviderReference);
        })];
    }
}
