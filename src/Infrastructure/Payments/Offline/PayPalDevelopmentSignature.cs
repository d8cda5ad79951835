using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Payments.PayPal;

namespace CustomiseYou.Infrastructure.Payments.Offline;

/// <summary>
/// PayPal checks its webhooks itself (its verify API, or its certificate chain), and neither is there offline. Development
/// events keep PayPal's transmission headers but are signed with a shared secret: <c>PAYPAL-AUTH-ALGO: HMACSHA256</c>
/// and <c>PAYPAL-TRANSMISSION-SIG</c> = base64 HMAC-SHA256 of <c>{PAYPAL-TRANSMISSION-ID}|{PAYPAL-TRANSMISSION-TIME}|{body}</c>
/// under <c>Payments:PayPal:OfflineWebhookSecret</c>, the time (ISO 8601) within five minutes of ours.
/// </summary>
public static class PayPalDevelopmentSignature
{
    public const string Algorithm = "HMACSHA256";
    public const string SignatureHeader = "PAYPAL-TRANSMISSION-SIG";
    public const string IdHeader = "PAYPAL-TRANSMISSION-ID";
    public const string TimeHeader = "PAYPAL-TRANSMISSION-TIME";
    public const string AlgorithmHeader = "PAYPAL-AUTH-ALGO";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static WebhookScheme Scheme(string secret, string? hint = null) => new(
        "PayPal (development signing)", SignatureHeader,
        $"base64 HMAC-SHA256 of \"<{IdHeader}>|<{TimeHeader}>|<body>\", with {AlgorithmHeader}: {Algorithm}", secret, hint);

    public static WebhookSignatureCheck Check(WebhookDelivery delivery, string secret, DateTimeOffset now)
    {
        var signature = Header(delivery, SignatureHeader);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return new(WebhookSignatureStatus.Missing);
        }

        var id = Header(delivery, IdHeader);
        var time = Header(delivery, TimeHeader);
        if (string.IsNullOrEmpty(id) || !string.Equals(Header(delivery, AlgorithmHeader), Algorithm, StringComparison.Ordinal)
            || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt)
            || !TryFromBase64(signature, out var given))
        {
            return new(WebhookSignatureStatus.Malformed);
        }

        var skew = (long)Math.Round((now - sentAt).TotalSeconds);
        if (Math.Abs(skew) > Tolerance.TotalSeconds)
        {
            return new(WebhookSignatureStatus.OutsideTolerance, skew);
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{id}|{time}|{delivery.Body}"));
        return new(CryptographicOperations.FixedTimeEquals(given, expected) ? WebhookSignatureStatus.Valid : WebhookSignatureStatus.Mismatch, skew);
    }

    public static Result<WebhookEvent> Verify(WebhookDelivery delivery, string secret, DateTimeOffset now, WebhookScheme scheme)
    {
        var check = Check(delivery, secret, now);
        if (!check.IsValid)
        {
            return WebhookRejections.For(scheme, check, Tolerance);
        }

        using var document = ProviderHttp.ParseOrNull(delivery.Body);
        return document is not null && PayPalEvents.Parse(document.RootElement) is { } received
            ? received
            : WebhookRejections.NotAnEvent(scheme, "JSON with id and event_type");
    }

    private static string? Header(WebhookDelivery delivery, string name) =>
        delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static bool TryFromBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text.Trim(), bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
