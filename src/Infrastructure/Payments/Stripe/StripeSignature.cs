using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments.Stripe;

/// <summary>
/// <c>Stripe-Signature: t=1700000000,v1=hex,v1=hex</c>: HMAC-SHA256 of <c>{t}.{raw body}</c> with the endpoint secret.
/// Any v1 may match (Stripe signs with every active secret while one rolls); older than the tolerance is refused.
/// </summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    /// <param name="secret">Which secret is checked, in words (the setting, never its value).</param>
    public static WebhookScheme Scheme(string secret, string? hint = null) =>
        new("Stripe", Header, "t=<unix time>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">", secret, hint);

    /// <summary>The verified event, or why the delivery is refused.</summary>
    public static Result<WebhookEvent> Verify(
        WebhookDelivery delivery, string secret, TimeSpan tolerance, DateTimeOffset now, WebhookScheme scheme)
    {
        var check = Check(delivery, secret, tolerance, now);
        if (!check.IsValid)
        {
            return WebhookRejections.For(scheme, check, tolerance);
        }

        return StripeEvents.Parse(delivery.Body) is { } received ? received : WebhookRejections.NotAnEvent(scheme, "JSON with id and type");
    }

    public static WebhookSignatureCheck Check(WebhookDelivery delivery, string secret, TimeSpan tolerance, DateTimeOffset now)
    {
        var header = delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, Header, StringComparison.OrdinalIgnoreCase)).Value;
        if (string.IsNullOrWhiteSpace(header))
        {
            return new(WebhookSignatureStatus.Missing);
        }

        string? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(','))
        {
            var pair = part.Trim().Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0] == "t")
            {
                timestamp = pair[1];
            }
            else if (pair[0] == "v1" && TryFromHex(pair[1], out var signature))
            {
                signatures.Add(signature);
            }
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signatures.Count == 0)
        {
            return new(WebhookSignatureStatus.Malformed);
        }

        var skew = (long)Math.Round((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).TotalSeconds);
        if (Math.Abs(skew) > tolerance.TotalSeconds)
        {
            return new(WebhookSignatureStatus.OutsideTolerance, skew);
        }

        var expected = Sign(timestamp!, delivery.Body, secret);
        return new(signatures.Exists(s => CryptographicOperations.FixedTimeEquals(s, expected))
            ? WebhookSignatureStatus.Valid
            : WebhookSignatureStatus.Mismatch, skew);
    }

    private static byte[] Sign(string timestamp, string body, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));

    private static bool TryFromHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
