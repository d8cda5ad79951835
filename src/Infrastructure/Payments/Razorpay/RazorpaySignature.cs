using System.Security.Cryptography;
using System.Text;

namespace CustomiseYou.Infrastructure.Payments.Razorpay;

/// <summary>
/// Razorpay's two HMAC-SHA256 signatures, both lower-case hex and compared in constant time: the checkout callback's
/// <c>razorpay_signature</c> over <c>{order_id}|{payment_id}</c> with the API key secret, and a webhook's
/// <c>X-Razorpay-Signature</c> over the raw body with the webhook secret.
/// </summary>
public static class RazorpaySignature
{
    public const string WebhookHeader = "X-Razorpay-Signature";

    public static bool VerifyPayment(string orderId, string paymentId, string signature, string keySecret) =>
        Matches($"{orderId}|{paymentId}", signature, keySecret);

    public static bool VerifyWebhook(string body, string signature, string webhookSecret) => Matches(body, signature, webhookSecret);

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
