using System.Globalization;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Payments.PayPal;

/// <summary>
/// Reads PayPal's Orders v2 events and captures. Our payment is the PayPal order, so every outcome is keyed by the
/// order id; an approved order is reported Pending with the order id as what to capture, and the webhook handler then
/// confirms it, which captures it. Every other verified event is acknowledged and ignored.
/// </summary>
public static class PayPalEvents
{
    public static WebhookEvent? Parse(JsonElement root)
    {
        if (root.StringAt("id") is not { } eventId || root.StringAt("event_type") is not { } eventType)
        {
            return null;
        }

        var resource = root.At("resource");
        var outcome = resource is not { } r ? null : eventType switch
        {
            "PAYMENT.CAPTURE.COMPLETED" or "PAYMENT.CAPTURE.DENIED" when r.StringAt("supplementary_data", "related_ids", "order_id") is { } orderId =>
                CaptureOutcome(orderId, r),
            "CHECKOUT.ORDER.APPROVED" when r.StringAt("id") is { } orderId => PaymentOutcome.Pending(orderId, orderId),
            _ => null,
        };
        return new WebhookEvent(eventId, eventType, outcome);
    }

    /// <summary>What one capture of <paramref name="orderId"/> means for our payment.</summary>
    public static PaymentOutcome CaptureOutcome(string orderId, JsonElement capture) => capture.StringAt("status") switch
    {
        "COMPLETED" when capture.StringAt("id") is { } captureId && AmountOf(capture) is { } amount =>
            PaymentOutcome.Succeeded(orderId, captureId, amount),
        "DECLINED" or "FAILED" => PaymentOutcome.Failed(orderId, capture.StringAt("status_details", "reason") is { } reason
            ? $"PayPal declined the payment ({reason})."
            : "PayPal declined the payment."),
        _ => PaymentOutcome.Pending(orderId),
    };

    /// <summary>PayPal writes amounts as decimal strings with the currency's digits (<c>"25.00"</c>).</summary>
    public static string Format(Money money) =>
        money.Round().Amount.ToString("F" + Currency.DigitsOf(money.Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static Money? AmountOf(JsonElement capture) =>
        capture.StringAt("amount", "value") is { } value && capture.StringAt("amount", "currency_code") is { } currency
        && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && Currency.IsSupported(currency)
            ? Money.Of(amount, currency)
            : null;
}
