using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments.Events;

namespace CustomiseYou.Domain.Payments;

/// <summary>
/// The one provider payment for a checkout (a Stripe PaymentIntent, a Razorpay order, a PayPal order). It succeeds at
/// most once, whatever order and however often the provider reports it, and never refunds more than it captured.
/// </summary>
public sealed class Payment : AggregateRoot<Guid>
{
    private Payment(Guid id, Guid checkoutId, Guid customerId, PaymentProvider provider, string providerPaymentId, DateTimeOffset createdAt)
        : base(id)
    {
        CheckoutId = checkoutId;
        CustomerId = customerId;
        Provider = provider;
        ProviderPaymentId = providerPaymentId;
        CreatedAt = createdAt;
        Amount = null!;
        Refunded = null!;
    }

    public Guid CheckoutId { get; private set; }

    public Guid CustomerId { get; private set; }

    public PaymentProvider Provider { get; private set; }

    /// <summary>The provider's id for what the customer pays: PaymentIntent, Razorpay order or PayPal order id.</summary>
    [PersonalData(PersonalDataCategory.FinancialReference)]
    public string ProviderPaymentId { get; private set; }

    /// <summary>The provider's id for the money actually taken (charge, payment or capture id), once it succeeded.</summary>
    [PersonalData(PersonalDataCategory.FinancialReference)]
    public string? ChargeReference { get; private set; }

    public Money Amount { get; private set; }

    public Money Refunded { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>Why the last attempt failed, as the provider put it; the customer may still pay within the window.</summary>
    [NotPersonalData("the provider's decline message; card data never reaches us")]
    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SucceededAt { get; private set; }

    public Money Refundable => Amount - Refunded;

    public static Payment Create(
        Guid id, Guid checkoutId, Guid customerId, PaymentProvider provider, string providerPaymentId, Money amount, DateTimeOffset now)
    {
        if (amount.Amount <= 0m)
        {
            throw new DomainException(Error.Rule("payment.amount_not_positive", "A payment needs a positive amount."));
        }

        return new Payment(id, checkoutId, customerId, provider, providerPaymentId, now)
        {
            Amount = Money.Of(amount.Amount, amount.Currency),
            Refunded = Money.Zero(amount.Currency),
            Status = PaymentStatus.Pending,
        };
    }

    /// <summary>Returns false when the success was already recorded (a replayed or second event), so nothing happens twice.</summary>
    public bool Succeed(string chargeReference, Money received, DateTimeOffset now)
    {
        if (Status == PaymentStatus.Succeeded)
        {
            return false;
        }

        if (received != Amount)
        {
            throw new DomainException(Error.Rule("payment.amount_mismatch", $"The provider reported {received} for a payment of {Amount}."));
        }

        Status = PaymentStatus.Succeeded;
        ChargeReference = chargeReference;
        SucceededAt = now;
        FailureReason = null;
        Raise(new PaymentSucceeded(Id, CheckoutId, CustomerId, now));
        return true;
    }

    /// <summary>A failed attempt is recorded; a failure reported after the success (out of order) changes nothing.</summary>
    public bool Fail(string reason, DateTimeOffset now)
    {
        if (Status == PaymentStatus.Succeeded)
        {
            return false;
        }

        Status = PaymentStatus.Failed;
        FailureReason = reason.Length > 500 ? reason[..500] : reason;
        Raise(new PaymentFailed(Id, CheckoutId, CustomerId, FailureReason, now));
        return true;
    }

    public void RecordRefund(Money amount)
    {
        if (Status != PaymentStatus.Succeeded)
        {
            throw new DomainException(Error.Rule("refund.not_captured", "Nothing was captured for this payment, so nothing can be refunded."));
        }

        if (amount.Amount <= 0m || amount > Refundable)
        {
            throw new DomainException(Error.Rule("refund.exceeds_captured", $"At most {Refundable} of this payment can still be refunded."));
        }

        Refunded = Refunded + amount;
    }
}

public enum PaymentStatus
{
    Pending,
    Succeeded,
    Failed,
}

public interface IPaymentRepository
{
    Task<Payment?> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken);

    Task<Payment?> GetByProviderPaymentIdAsync(PaymentProvider provider, string providerPaymentId, CancellationToken cancellationToken);

    void Add(Payment payment);
}
