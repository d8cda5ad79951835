using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Payments.Common;

/// <summary>
/// What a provider's verdict does, in one place for webhooks and client confirmations: a success marks the
/// checkout's unpaid orders Paid exactly once, writes the ledger (charge = fee + seller share per order) and moves
/// the seller shares; a failure is recorded and leaves the orders waiting. Money that arrives for an order already
/// cancelled (the payment window passed) goes straight back.
/// </summary>
public sealed class PaymentSettlement(
    IOrderRepository orders, SellerSplits sellerSplits, ILedger ledger, IPaymentGateways gateways, StockMovements stock, OrderRefunds refunds,
    IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>
    /// Applies the verdict and commits it with every other change of the use case (its commands commit themselves):
    /// the provider calls come first, outside any transaction, so no connection waits in one on a provider; then one
    /// short transaction saves the changes and moves the stock sold, last, so the product rows are locked only until
    /// the commit. A failed provider call throws before anything is written.
    /// </summary>
    public async Task ApplyAndCommitAsync(Payment payment, PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        var paid = await ApplyAsync(payment, outcome, cancellationToken);
        await unitOfWork.CommitAsync(ct => stock.OnPaidAsync(paid, ct), cancellationToken);
    }

    /// <summary>Returns the orders this verdict paid, whose stock is sold at the commit.</summary>
    private async Task<IReadOnlyList<Order>> ApplyAsync(Payment payment, PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (outcome.Kind == PaymentOutcomeKind.Failed)
        {
            payment.Fail(outcome.FailureReason ?? "The provider declined the payment.", now);
            return [];
        }

        if (outcome.Kind != PaymentOutcomeKind.Succeeded || !payment.Succeed(outcome.ChargeReference!, outcome.Amount!, now))
        {
            return [];
        }

        var placed = await orders.GetByCheckoutAsync(payment.CheckoutId, cancellationToken);
        var payable = placed.Where(o => o.Status == OrderStatus.PendingPayment).ToList();
        foreach (var order in placed)
        {
            RecordCharge(order, payment.Provider, payment.ChargeReference!, now);
        }

        foreach (var order in payable)
        {
            order.MarkPaid(OrderActor.System, null, now);
        }

        // Every order's share is settled the same way, late ones included: a provider may already hold their transfer
        // (Razorpay Route), and the refund below then takes it back through the reversal like any other refund.
        var splits = await sellerSplits.ForAsync(placed, cancellationToken);
        var settlements = await gateways.For(payment.Provider)
            .SettleSellerSharesAsync(
                new SettlementRequest(payment.CheckoutId, payment.ProviderPaymentId, payment.ChargeReference!, splits), cancellationToken);
        foreach (var order in placed)
        {
            var settlement = settlements.SingleOrDefault(s => s.OrderId == order.Id)
                ?? new SellerSettlement(order.Id, SettlementStatus.Deferred, null);
            ledger.Add(LedgerTransaction.Record(TransactionKind.SellerTransfer, order.CheckoutId, order.Id, order.SellerId, order.SellerShare,
                payment.Provider, settlement.TransferReference, ToStatus(settlement.Status), null, now));
        }

        foreach (var late in placed.Except(payable))
        {
            await refunds.RefundAsync(late, null, "The payment arrived after the order was cancelled.", "late-payment", cancellationToken);
        }

        return payable;
    }

    /// <summary>The ledger of an order paid outside a provider (an admin's mark-paid): owed to the seller, paid out later.</summary>
    public void RecordManualPayment(Order order, Guid adminId)
    {
        var now = clock.GetUtcNow();
        RecordCharge(order, PaymentProvider.Manual, $"manual:{adminId}", now);
        ledger.Add(LedgerTransaction.Record(TransactionKind.SellerTransfer, order.CheckoutId, order.Id, order.SellerId, order.SellerShare,
            PaymentProvider.Manual, null, TransactionStatus.Deferred, null, now));
    }

    private void RecordCharge(Order order, PaymentProvider provider, string chargeReference, DateTimeOffset now)
    {
        ledger.Add(LedgerTransaction.Record(TransactionKind.Charge, order.CheckoutId, order.Id, order.SellerId, order.Total,
            provider, chargeReference, TransactionStatus.Succeeded, null, now));
        ledger.Add(LedgerTransaction.Record(TransactionKind.MarketplaceFee, order.CheckoutId, order.Id, order.SellerId, order.MarketplaceFee,
            provider, null, TransactionStatus.Succeeded, null, now));
    }

    private static TransactionStatus ToStatus(SettlementStatus status) => status switch
    {
        SettlementStatus.Transferred => TransactionStatus.Succeeded,
        SettlementStatus.OnHold => TransactionStatus.OnHold,
        _ => TransactionStatus.Deferred,
    };
}
