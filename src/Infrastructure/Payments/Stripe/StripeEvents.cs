using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments.Stripe;

/// <summary>Reads the PaymentIntent events we act on; every other verified event is acknowledged and ignored.</summary>
public static class StripeEvents
{
    public static WebhookEvent? Parse(string body)
    {
        using var document = ParseOrNull(body);
        if (document is null || !document.RootElement.TryGetProperty("id", out var id) || !document.RootElement.TryGetProperty("type", out var type))
        {
            return null;
        }

        var eventType = type.GetString() ?? string.Empty;
        if (eventType is not ("payment_intent.succeeded" or "payment_intent.payment_failed")
            || !document.RootElement.TryGetProperty("data", out var data) || !data.TryGetProperty("object", out var intent))
        {
            return new WebhookEvent(id.GetString()!, eventType, null);
        }

        var outcome = OutcomeOf(
            intent.GetProperty("id").GetString()!,
            intent.TryGetProperty("status", out var status) ? status.GetString() ?? string.Empty : string.Empty,
            intent.TryGetProperty("amount_received", out var received) && received.ValueKind == JsonValueKind.Number ? received.GetInt64() : 0,
            intent.GetProperty("currency").GetString()!,
            intent.TryGetProperty("latest_charge", out var charge) && charge.ValueKind == JsonValueKind.String ? charge.GetString() : null,
            intent.TryGetProperty("last_payment_error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                ? message.GetString()
                : null);
        return new WebhookEvent(id.GetString()!, eventType, outcome);
    }

    public static PaymentOutcome OutcomeOf(
        string intentId, string status, long amountReceived, string currency, string? latestCharge, string? failure) => status switch
        {
            "succeeded" when latestCharge is not null =>
                PaymentOutcome.Succeeded(intentId, latestCharge, Money.FromMinorUnits(amountReceived, currency.ToUpperInvariant())),
            "requires_payment_method" when failure is not null => PaymentOutcome.Failed(intentId, failure),
            "canceled" => PaymentOutcome.Failed(intentId, failure ?? "The payment was cancelled."),
            _ => PaymentOutcome.Pending(intentId),
        };

    private static JsonDocument? ParseOrNull(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
