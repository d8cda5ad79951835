using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>Builds and signs Stripe events the way Stripe does, independently of the code under test.</summary>
public static class StripeWebhooks
{
    public static string IntentEvent(string type, string intentId, long amount, string? charge = null, string? failure = null, string? eventId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = eventId ?? $"evt_{Guid.NewGuid():N}",
            ["object"] = "event",
            ["type"] = type,
            ["data"] = new Dictionary<string, object?>
            {
                ["object"] = new Dictionary<string, object?>
                {
                    ["id"] = intentId,
                    ["object"] = "payment_intent",
                    ["amount"] = amount,
                    ["amount_received"] = type == "payment_intent.succeeded" ? amount : 0,
                    ["currency"] = "eur",
                    ["status"] = type == "payment_intent.succeeded" ? "succeeded" : "requires_payment_method",
                    ["latest_charge"] = charge,
                    ["last_payment_error"] = failure is null ? null : new Dictionary<string, object?> { ["message"] = failure },
                },
            },
        });

    public static string Signature(string body, string secret = ProviderStubs.StripeWebhookSecret, DateTimeOffset? at = null)
    {
        var t = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return client.SendAsync(request);
    }
}
