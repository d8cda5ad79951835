using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Payments.Common;

public static class PaymentErrors
{
    public static readonly Error InvalidSignature = Error.Validation(
        "webhook.signature_invalid", "The webhook signature does not verify.", "signature");

    /// <summary>A webhook without the header its provider signs with; <paramref name="header"/> is the field of the answer.</summary>
    public static Error SignatureMissing(string header, string message) => Error.Validation("webhook.signature_missing", message, header);

    /// <summary>Signed, but not with our secret, or the body changed after signing.</summary>
    public static Error SignatureMismatch(string header, string message) => Error.Validation("webhook.signature_invalid", message, header);

    /// <summary>The header is there but not in the provider's format.</summary>
    public static Error SignatureMalformed(string header, string message) => Error.Validation("webhook.signature_malformed", message, header);

    /// <summary>A signature too old (or from the future) to be accepted: a replay, or a clock far off.</summary>
    public static Error TimestampOutsideTolerance(string header, string message) =>
        Error.Validation("webhook.timestamp_outside_tolerance", message, header);

    /// <summary>Verified, but not an event of the provider (not JSON, no id or type).</summary>
    public static Error NotAnEvent(string message) => Error.Validation("webhook.body_invalid", message, "body");

    /// <summary>
    /// A verified development event for a payment the region does not have. Real providers get 200 "ignored" for such
    /// events instead (they retry anything else for days); only the offline development gateway answers this.
    /// </summary>
    public static Error UnknownPayment(string providerPaymentId, string tenantId) => Error.Rule(
        "webhook.payment_unknown",
        $"The event is for payment '{providerPaymentId}', which region '{tenantId}' does not have: use the providerPaymentId "
        + "of a pending checkout of this region (the checkout's payment.providerPaymentId).");

    public static Error WrongProvider(string provider) =>
        Error.NotFound("webhook.provider_not_used", $"This region does not take payments through {provider}.");

    public static Error PaymentNotFound(Guid checkoutId) => Error.NotFound("payment.not_found", $"Checkout '{checkoutId}' has no payment.");

    public static readonly Error NotPaid = Error.Rule("refund.not_paid", "This order has not been paid, so there is nothing to refund.");
}
