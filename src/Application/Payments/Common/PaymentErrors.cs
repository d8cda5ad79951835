using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Payments.Common;

public static class PaymentErrors
{
    public static readonly Error InvalidSignature = Error.Validation(
        "webhook.signature_invalid", "The webhook signature does not verify.", "signature");

    public static Error WrongProvider(string provider) =>
        Error.NotFound("webhook.provider_not_used", $"This region does not take payments through {provider}.");

    public static Error PaymentNotFound(Guid checkoutId) => Error.NotFound("payment.not_found", $"Checkout '{checkoutId}' has no payment.");

    public static readonly Error NotPaid = Error.Rule("refund.not_paid", "This order has not been paid, so there is nothing to refund.");
}
