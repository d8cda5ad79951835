using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions.Payments;

namespace CustomiseYou.Infrastructure.Payments.Stripe;

/// <summary>
/// <c>Stripe-Signature: t=1700000000,v1=hex,v1=hex</c>: HMAC-SHA256 of <c>{t}.{raw body}</c> with the endpoint secret.
/// Any v1 may match (Stripe signs with every active secret while one rolls); older than the tolerance is refused.
/// </summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    public static bool Verify(WebhookDelivery delivery, string secret, TimeSpan tolerance, DateTimeOffset now)
    {
        var header = delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, Header, StringComparison.OrdinalIgnoreCase)).Value;
        if (string.IsNullOrEmpty(header))
        {
            return false;
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
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Sign(timestamp!, delivery.Body, secret);
        return signatures.Exists(s => CryptographicOperations.FixedTimeEquals(s, expected));
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
