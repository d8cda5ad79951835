using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Payments.Common;

/// <summary>
/// Gives money back for one order through the provider that took it, and reverses the fee and the seller's share in
/// proportion (<see cref="RefundSplit"/>). The refund id, and so every provider idempotency key, comes from the
/// caller's seed: a retry after a lost commit asks the provider for the same refund again, never for a second one.
/// </summary>
public sealed class OrderRefunds(IPaymentRepository payments, ILedger ledger, IPaymentGateways gateways, TimeProvider clock)
{
    /// <param name="amount">Null refunds everything still refundable.</param>
    /// <param name="idempotencySeed">Unique per intended refund of this order (for example the caller and its Idempotency-Key).</param>
    public async Task<Result<RefundResult>> RefundAsync(
        Order order, Money? amount, string reason, string idempotencySeed, CancellationToken cancellationToken)
    {
        var rows = await ledger.ForOrderAsync(order.Id, cancellationToken);
        var charge = rows.Where(r => r.Kind == TransactionKind.Charge).MaxBy(r => r.CreatedAt);
        if (charge is null)
        {
            return PaymentErrors.NotPaid;
        }

        var refund = amount ?? order.Total - order.Refunded;
        var (fee, share) = RefundSplit.For(
            order.Total, order.MarketplaceFee, order.Refunded, Sum(rows, TransactionKind.FeeReversal, order.Total.Currency), refund);
        var refundId = DeterministicId(order.Id, idempotencySeed);
        var transfer = rows.FirstOrDefault(r => r.Kind == TransactionKind.SellerTransfer && r.ProviderReference is not null);
        var now = clock.GetUtcNow();
        order.RecordRefund(refundId, refund, now);

        var provided = new ProviderRefund($"manual-refund-{refundId:N}", null);
        if (charge.Provider != PaymentProvider.Manual)
        {
            var payment = await payments.GetByCheckoutAsync(order.CheckoutId, cancellationToken)
                ?? throw new InvalidOperationException($"Order {order.Id} has a {charge.Provider} charge but its checkout has no payment.");
            payment.RecordRefund(refund);
            var reversal = transfer is null || share.IsZero
                ? null
                : new TransferReversal(transfer.ProviderReference!, share, $"reversal-{refundId:N}");
            provided = await gateways.For(charge.Provider).RefundAsync(
                new RefundRequest(order.Id, payment.ProviderPaymentId, charge.ProviderReference!, refund, reason, $"refund-{refundId:N}", reversal),
                cancellationToken);
        }

        ledger.Add(LedgerTransaction.Record(TransactionKind.Refund, order.CheckoutId, order.Id, order.SellerId, refund,
            charge.Provider, provided.RefundReference, TransactionStatus.Succeeded, refundId, now));
        ledger.Add(LedgerTransaction.Record(TransactionKind.FeeReversal, order.CheckoutId, order.Id, order.SellerId, fee,
            charge.Provider, null, TransactionStatus.Succeeded, refundId, now));
        ledger.Add(LedgerTransaction.Record(TransactionKind.TransferReversal, order.CheckoutId, order.Id, order.SellerId, share,
            charge.Provider, provided.ReversalReference,
            provided.ReversalReference is null ? TransactionStatus.Deferred : TransactionStatus.Succeeded, refundId, now));
        return new RefundResult(refundId, refund, fee, share);
    }

    private static Money Sum(IEnumerable<LedgerTransaction> rows, TransactionKind kind, string currency) =>
        rows.Where(r => r.Kind == kind).Aggregate(Money.Zero(currency), (sum, r) => sum + r.Amount);

    private static Guid DeterministicId(Guid orderId, string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{orderId:N}:{seed}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

public sealed record RefundResult(Guid RefundId, Money Amount, Money FeeReversed, Money SellerShareReversed);
