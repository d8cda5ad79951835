using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments.Razorpay;

/// <summary>
/// Razorpay's two HMAC-SHA256 signatures, both lower-case hex and compared in constant time: the checkout callback's
/// <c>razorpay_signature</c> over <c>{order_id}|{payment_id}</c> with the API key secret, and a webhook's
/// <c>X-Razorpay-Signature</c> over the raw body with the webhook secret.
/// </summary>
public static class RazorpaySignature
{
    public const string WebhookHeader = "X-Razorpay-Signature";

    public static WebhookScheme Scheme(string secret, string? hint = null) =>
        new("Razorpay", WebhookHeader, "the lower-case hex HMAC-SHA256 of the body", secret, hint);

    /// <summary>The verified webhook event, or why the delivery is refused.</summary>
    public static Result<WebhookEvent> VerifyWebhook(WebhookDelivery delivery, string webhookSecret, WebhookScheme scheme)
    {
        var signature = HeaderOf(delivery, WebhookHeader);
        var check = string.IsNullOrWhiteSpace(signature) ? WebhookSignatureStatus.Missing
            : !IsHex(signature.Trim()) ? WebhookSignatureStatus.Malformed
            : VerifyWebhook(delivery.Body, signature, webhookSecret) ? WebhookSignatureStatus.Valid
            : WebhookSignatureStatus.Mismatch;
        if (check != WebhookSignatureStatus.Valid)
        {
            return WebhookRejections.For(scheme, new WebhookSignatureCheck(check));
        }

        return RazorpayEvents.Parse(HeaderOf(delivery, RazorpayEvents.EventIdHeader), delivery.Body) is { } received
            ? received
            : WebhookRejections.NotAnEvent(scheme, "JSON with an event name");
    }

    public static bool VerifyPayment(string orderId, string paymentId, string signature, string keySecret) =>
        Matches($"{orderId}|{paymentId}", signature, keySecret);

    public static bool VerifyWebhook(string body, string signature, string webhookSecret) => Matches(body, signature, webhookSecret);

    private static string? HeaderOf(WebhookDelivery delivery, string name) =>
        delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static bool IsHex(string text) => text.Length % 2 == 0 && text.All(Uri.IsHexDigit);

    private static bool Matches(string payload, string signature, string secret)
    {
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
