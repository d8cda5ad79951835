using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments.Razorpay;

/// <summary>
/// Reads the payment events we act on. Our payment is the Razorpay order, so every outcome is keyed by the payment's
/// <c>order_id</c>; an authorised payment (or a paid order) is reported Pending with the payment id, and the webhook
/// handler then confirms it, which captures it. Every other verified event is acknowledged and ignored.
/// </summary>
public static class RazorpayEvents
{
    public const string EventIdHeader = "x-razorpay-event-id";

    public static WebhookEvent? Parse(string? eventId, string body)
    {
        using var document = ProviderHttp.ParseOrNull(body);
        if (document?.RootElement.StringAt("event") is not { } eventType)
        {
            return null;
        }

        // Razorpay names every delivery in x-razorpay-event-id; without it, the body itself identifies a redelivery.
        var id = string.IsNullOrEmpty(eventId) ? $"body-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}" : eventId;
        var payment = document.RootElement.At("payload", "payment", "entity");
        return new WebhookEvent(id, eventType, payment is { } entity ? OutcomeOf(eventType, entity) : null);
    }

    private static PaymentOutcome? OutcomeOf(string eventType, JsonElement payment)
    {
        if (payment.StringAt("order_id") is not { } orderId || payment.StringAt("id") is not { } paymentId)
        {
            return null;
        }

        return eventType switch
        {
            "payment.captured" when payment.LongAt("amount") is { } amount && payment.StringAt("currency") is { } currency =>
                PaymentOutcome.Succeeded(orderId, paymentId, Money.FromMinorUnits(amount, currency.ToUpperInvariant())),
            "payment.failed" => PaymentOutcome.Failed(orderId, payment.StringAt("error_description") ?? "The payment failed."),
            "payment.authorized" or "order.paid" => PaymentOutcome.Pending(orderId, paymentId),
            _ => null,
        };
    }
}
