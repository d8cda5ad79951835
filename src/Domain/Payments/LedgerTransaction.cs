using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Payments;

/// <summary>
/// One money movement, never changed once written (a correction is a new row). Amounts are positive; the kind says
/// which way the money went. For each paid order: Charge = MarketplaceFee + SellerShare, to the minor unit.
/// </summary>
public sealed class LedgerTransaction : Entity<Guid>
{
    private LedgerTransaction(Guid id) : base(id)
    {
        Amount = null!;
    }

    /// <summary>The checkout the money came through; null for payouts, which span many.</summary>
    public Guid? CheckoutId { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid? SellerId { get; private set; }

    public TransactionKind Kind { get; private set; }

    public Money Amount { get; private set; }

    public PaymentProvider Provider { get; private set; }

    /// <summary>The provider's id for this movement (charge, transfer, refund, reversal, payout), when it has one.</summary>
    public string? ProviderReference { get; private set; }

    public TransactionStatus Status { get; private set; }

    /// <summary>Ties the rows of one refund or one payout together.</summary>
    public Guid? CorrelationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static LedgerTransaction Record(
        TransactionKind kind, Guid? checkoutId, Guid? orderId, Guid? sellerId, Money amount, PaymentProvider provider,
        string? providerReference, TransactionStatus status, Guid? correlationId, DateTimeOffset now)
    {
        if (amount.Amount < 0m)
        {
            throw new DomainException(Error.Rule("ledger.negative_amount", "Ledger amounts are positive; the kind gives the direction."));
        }

        return new LedgerTransaction(Guid.CreateVersion7())
        {
            Kind = kind,
            CheckoutId = checkoutId,
            OrderId = orderId,
            SellerId = sellerId,
            Amount = Money.Of(amount.Amount, amount.Currency),
            Provider = provider,
            ProviderReference = providerReference,
            Status = status,
            CorrelationId = correlationId,
            CreatedAt = now,
        };
    }
}

public enum TransactionKind
{
    /// <summary>Taken from the customer for one order.</summary>
    Charge,

    /// <summary>The platform's part of a charge.</summary>
    MarketplaceFee,

    /// <summary>The seller's part of a charge, transferred (or held, or owed) to the seller.</summary>
    SellerTransfer,

    /// <summary>Given back to the customer.</summary>
    Refund,

    /// <summary>The platform's part of a refund.</summary>
    FeeReversal,

    /// <summary>The seller's part of a refund, taken back from the seller.</summary>
    TransferReversal,

    /// <summary>Paid out to the seller's bank by the payout job.</summary>
    Payout,
}

public enum TransactionStatus
{
    Succeeded,

    /// <summary>Sent to the provider and held there (Razorpay Route transfers on hold until the return window passes).</summary>
    OnHold,

    /// <summary>Owed, not yet moved: the payout job pays it (PayPal, manual payments, sellers without a payout account).</summary>
    Deferred,

    Failed,
}

public interface ILedger
{
    Task<IReadOnlyList<LedgerTransaction>> ForOrderAsync(Guid orderId, CancellationToken cancellationToken);

    void Add(LedgerTransaction transaction);
}
