using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>Builds, sends and stubs what PayPal would, independently of the code under test.</summary>
public static class PayPalKit
{
    public static string Value(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string CaptureId(string orderId) => $"CAPTURE-{orderId}";

    /// <summary>An order with one capture, as PayPal returns it from capture or GET.</summary>
    public static string OrderJson(string orderId, decimal amount, string captureStatus) => JsonSerializer.Serialize(new
    {
        id = orderId,
        status = captureStatus == "COMPLETED" ? "COMPLETED" : "PROCESSING",
        purchase_units = new[]
        {
            new
            {
                reference_id = "default",
                payments = new
                {
                    captures = new[] { new { id = CaptureId(orderId), status = captureStatus, amount = new { currency_code = "INR", value = Value(amount) } } },
                },
            },
        },
    });

    public static void StubCapture(this ProviderStubs providers, string orderId, decimal amount, string status = "COMPLETED") =>
        providers.PayPalJson("POST", $"/v2/checkout/orders/{orderId}/capture", 201, OrderJson(orderId, amount, status), priority: -1);

    public static string ProblemJson(string issue, string description) => JsonSerializer.Serialize(new
    {
        name = "UNPROCESSABLE_ENTITY",
        message = "The requested action could not be performed, semantically incorrect, or failed business validation.",
        details = new[] { new { issue, description } },
    });

    public static string Event(string type, object resource, string? id = null) => JsonSerializer.Serialize(new
    {
        id = id ?? $"WH-{Guid.NewGuid():N}",
        event_version = "1.0",
        create_time = "2026-11-24T10:00:00.000Z",
        resource_type = type.StartsWith("CHECKOUT", StringComparison.Ordinal) ? "checkout-order" : "capture",
        event_type = type,
        summary = "An event from PayPal",
        resource,
    });

    public static string CaptureEvent(string type, string orderId, decimal amount, string status) => Event(type, new
    {
        id = CaptureId(orderId),
        status,
        amount = new { currency_code = "INR", value = Value(amount) },
        final_capture = true,
        supplementary_data = new { related_ids = new { order_id = orderId } },
    });

    public static string ApprovedEvent(string orderId) => Event("CHECKOUT.ORDER.APPROVED", new { id = orderId, intent = "CAPTURE", status = "APPROVED" });

    public static Dictionary<string, string> Transmission(string signature = ProviderStubs.PayPalValidTransmissionSig) => new()
    {
        ["PAYPAL-AUTH-ALGO"] = "SHA256withRSA",
        ["PAYPAL-CERT-URL"] = "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
        ["PAYPAL-TRANSMISSION-ID"] = Guid.NewGuid().ToString(),
        ["PAYPAL-TRANSMISSION-SIG"] = signature,
        ["PAYPAL-TRANSMISSION-TIME"] = "2026-11-24T10:00:01Z",
    };

    public static Task<HttpResponseMessage> SendWebhookAsync(HttpClient client, string body, IReadOnlyDictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/paypal") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient customer, Guid checkoutId) =>
        customer.PostAsJsonAsync($"/api/v1/checkouts/{checkoutId}/payment/confirm", new { });

    public static async Task<PaymentStatusDto> ConfirmedAsync(HttpClient customer, Guid checkoutId) =>
        await (await ConfirmAsync(customer, checkoutId)).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK);
}
