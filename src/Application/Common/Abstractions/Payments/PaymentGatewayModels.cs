using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Abstractions.Payments;

/// <summary>One seller's share of a checkout, paid to its payout account (Stripe Connect account, Razorpay linked account).</summary>
public sealed record SellerSplit(Guid OrderId, Guid SellerId, string? PayoutAccount, Money Share);

public sealed record CreatePaymentRequest(Guid CheckoutId, Money Amount, IReadOnlyList<SellerSplit> Splits, string IdempotencyKey);

/// <summary>What the storefront hands to the provider's own SDK; card data never passes through us.</summary>
public sealed record PaymentClientData(string? ClientSecret = null, string? KeyId = null, string? ApprovalUrl = null);

public sealed record CreatedPayment(string ProviderPaymentId, PaymentClientData Client);

/// <param name="ProviderChargeId">The provider's payment to confirm or capture when known (Razorpay payment id, PayPal capture source).</param>
/// <param name="Signature">Razorpay's checkout callback signature; null when the request comes from a verified webhook.</param>
public sealed record ConfirmPaymentRequest(
    Guid CheckoutId, string ProviderPaymentId, Money Amount, string? ProviderChargeId, string? Signature, string IdempotencyKey);

public enum PaymentOutcomeKind
{
    Succeeded,
    Failed,

    /// <summary>Not finished yet (the customer has not approved, or the provider is still processing).</summary>
    Pending,
}

public sealed record PaymentOutcome(PaymentOutcomeKind Kind, string ProviderPaymentId, string? ChargeReference, Money? Amount, string? FailureReason)
{
    public static PaymentOutcome Succeeded(string providerPaymentId, string chargeReference, Money amount) =>
        new(PaymentOutcomeKind.Succeeded, providerPaymentId, chargeReference, amount, null);

    public static PaymentOutcome Failed(string providerPaymentId, string reason) =>
        new(PaymentOutcomeKind.Failed, providerPaymentId, null, null, reason);

    /// <param name="chargeReference">Set when the provider already has a payment to capture (Razorpay authorized, PayPal approved).</param>
    public static PaymentOutcome Pending(string providerPaymentId, string? chargeReference = null) =>
        new(PaymentOutcomeKind.Pending, providerPaymentId, chargeReference, null, null);
}

public sealed record SettlementRequest(Guid CheckoutId, string ProviderPaymentId, string ChargeReference, IReadOnlyList<SellerSplit> Splits);

public enum SettlementStatus
{
    /// <summary>The share is in the seller's provider account.</summary>
    Transferred,

    /// <summary>Transferred but held by the provider until released (Razorpay Route on_hold).</summary>
    OnHold,

    /// <summary>Owed in our ledger; the payout job pays it.</summary>
    Deferred,
}

public sealed record SellerSettlement(Guid OrderId, SettlementStatus Status, string? TransferReference);

/// <summary>A refund of one order; <paramref name="Reversal"/> takes the seller's part back from a transfer already made.</summary>
public sealed record RefundRequest(
    Guid OrderId, string ProviderPaymentId, string ChargeReference, Money Amount, string Reason, string IdempotencyKey, TransferReversal? Reversal);

public sealed record TransferReversal(string TransferReference, Money Amount, string IdempotencyKey);

public sealed record ProviderRefund(string RefundReference, string? ReversalReference);

/// <param name="Owed">
/// The part of <paramref name="Amount"/> still with the platform (shares deferred at payment time) that must be moved to
/// the seller first.
/// </param>
/// <param name="HeldTransfers">Provider transfers held until now (Razorpay Route on_hold) to release.</param>
public sealed record PayoutRequest(
    Guid PayoutId, Guid SellerId, string PayoutAccount, Money Amount, Money Owed, IReadOnlyList<string> HeldTransfers, string IdempotencyKey);

public sealed record ProviderPayout(string Reference);

/// <summary>A webhook as received: headers (names compared case-insensitively) and the raw body, byte for byte as text.</summary>
public sealed record WebhookDelivery(IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A verified provider event in our terms; <see cref="Outcome"/> is null for events we do not act on.</summary>
public sealed record WebhookEvent(string EventId, string EventType, PaymentOutcome? Outcome);

/// <summary>The provider refused the operation (card declined, refund not allowed); answered with 422 and its reason.</summary>
public sealed class PaymentDeclinedException(string provider, string reason) : Exception($"{provider} declined: {reason}")
{
    public string Reason { get; } = reason;
}
