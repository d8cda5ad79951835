using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Payments.Common;

/// <summary>Each order's seller share with the seller's payout account, as the providers split a payment (one query for all sellers).</summary>
public sealed class SellerSplits(ISellerQueries sellers)
{
    public async Task<IReadOnlyList<SellerSplit>> ForAsync(IReadOnlyCollection<Order> orders, CancellationToken cancellationToken)
    {
        var accounts = await sellers.PayoutAccountsAsync([.. orders.Select(o => o.SellerId).Distinct()], cancellationToken);
        return [.. orders.Select(o => new SellerSplit(o.Id, o.SellerId, accounts.GetValueOrDefault(o.SellerId), o.SellerShare))];
    }
}
