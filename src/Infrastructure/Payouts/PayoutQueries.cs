using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

internal sealed class PayoutQueries(AppDbContext db, PayoutLedger ledger) : IPayoutQueries
{
    public async Task<SellerBalance> BalanceAsync(Guid sellerId, string currency, CancellationToken cancellationToken)
    {
        var earned = await ledger.EarnedByOrderAsync(sellerId, null, cancellationToken);
        var payouts = await db.Payouts.AsNoTracking().Where(p => p.SellerId == sellerId && p.Status != PayoutStatus.Failed)
            .Select(p => new { p.Status, p.Amount.Amount }).ToListAsync(cancellationToken);
        var completed = earned.Where(e => e.Status == OrderStatus.Completed).Sum(e => e.Amount);
        return new SellerBalance(
            Money.Of(earned.Where(e => e.Status != OrderStatus.Completed).Sum(e => e.Amount), currency),
            Money.Of(completed - payouts.Sum(p => p.Amount), currency),
            Money.Of(payouts.Where(p => p.Status == PayoutStatus.Succeeded).Sum(p => p.Amount), currency));
    }

    public async Task<PayoutPage> ListAsync(Guid? sellerId, PayoutStatus? status, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = db.Payouts.AsNoTracking();
        if (sellerId is { } seller)
        {
            query = query.Where(p => p.SellerId == seller);
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        // Newest period first; the id breaks ties within a period.
        if (KeysetCursor.DecodeKeyAndId(cursor, "payouts") is var (period, id))
        {
            query = query.Where(p => string.Compare(p.Period, period) < 0 || (p.Period == period && p.Id.CompareTo(id) < 0));
        }

        var rows = await query.OrderByDescending(p => p.Period).ThenByDescending(p => p.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(p => new PayoutDto(
            p.Id, p.SellerId, p.Period, MoneyDto.From(p.Amount), p.Status.ToString(), p.Attempts, p.LastError, p.ProviderReference, p.CreatedAt,
            p.PaidAt)).ToList();
        return new PayoutPage(items, rows.Count > limit ? KeysetCursor.Encode(items[^1].Period, items[^1].Id.ToString("N")) : null);
    }

    public async Task<IReadOnlyDictionary<Guid, PayoutFunding>> FundingAsync(
        IReadOnlyCollection<Payout> payouts, string currency, CancellationToken cancellationToken)
    {
        var sellerIds = payouts.Select(p => p.SellerId).Distinct().ToList();
        var accounts = await db.Sellers.Where(s => sellerIds.Contains(s.Id)).Select(s => new { s.Id, s.PayoutAccount })
            .ToDictionaryAsync(s => s.Id, s => s.PayoutAccount, cancellationToken);
        var orderIds = payouts.SelectMany(p => p.Items).Select(i => i.OrderId).ToList();
        var earnings = (await ledger.EarnedByOrderAsync(null, orderIds, cancellationToken)).ToDictionary(e => e.OrderId);
        return payouts.ToDictionary(p => p.Id, p =>
        {
            var orders = p.Items.Select(i => earnings[i.OrderId]).ToList();
            var owed = Math.Min(p.Amount.Amount, orders.Where(o => o.TransferStatus == TransactionStatus.Deferred).Sum(o => o.Amount));
            return new PayoutFunding(
                accounts[p.SellerId]
                    ?? throw new InvalidOperationException($"Payout {p.Id} was planned for seller {p.SellerId}, who has no payout account."),
                Money.Of(Math.Max(owed, 0m), currency),
                [.. orders.Where(o => o.TransferStatus == TransactionStatus.OnHold && o.TransferReference is not null)
                    .Select(o => o.TransferReference!)]);
        });
    }
}
