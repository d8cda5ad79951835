using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Common.Abstractions.Payments;

/// <summary>
/// One payment provider, spoken to over HTTP. Every call that moves money carries an idempotency key derived from our
/// own ids, so retries (ours, or the resilience handler's) never move it twice. Failures the provider can recover from
/// throw <see cref="ExternalServiceException"/> (503); a refusal is a <see cref="PaymentDeclinedException"/> (422).
/// </summary>
public interface IPaymentGateway
{
    PaymentProvider Provider { get; }

    /// <summary>Creates what the customer pays (PaymentIntent, Razorpay order, PayPal order) and the data the client SDK needs.</summary>
    Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Confirms a payment the customer finished in the provider's client: checks Razorpay's callback signature,
    /// captures an approved PayPal order, reads a Stripe PaymentIntent's state. Null when a callback signature does not verify.
    /// </summary>
    Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Moves each seller's share once the charge succeeded (Stripe transfers; Razorpay's held Route transfers; PayPal: owed,
    /// paid by the payout job).
    /// </summary>
    Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken);

    /// <summary>Refunds part or all of a charge and takes the seller's part back from a transfer already made.</summary>
    Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Pays a seller what it has earned: moves what was owed but never transferred, releases held transfers (Razorpay),
    /// and pays the seller's provider balance out (Stripe payout on the connected account, PayPal payout).
    /// </summary>
    Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a webhook's signature on its raw body: the event, or why it was refused (a <c>webhook.*</c> validation error
    /// naming the header: missing, malformed, outside the time tolerance, not our secret, not an event).
    /// </summary>
    Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>The gateway for a provider (the current tenant's, or the one that took an earlier payment).</summary>
public interface IPaymentGateways
{
    IPaymentGateway For(PaymentProvider provider);
}
