using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Payments;

/// <summary>Signs, sends and stubs what Razorpay would, independently of the code under test.</summary>
public static class RazorpayKit
{
    public static long Paise(decimal amount) => (long)(amount * 100);

    public static string PaymentId() => $"pay_{Guid.NewGuid():N}"[..18];

    public static string Hmac(string payload, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    /// <summary>The <c>razorpay_signature</c> Razorpay's checkout hands the storefront.</summary>
    public static string CallbackSignature(string orderId, string paymentId, string secret = ProviderStubs.RazorpayKeySecret) =>
        Hmac($"{orderId}|{paymentId}", secret);

    public static string PaymentJson(string paymentId, string orderId, long paise, string status, string? error = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = paymentId,
            ["entity"] = "payment",
            ["amount"] = paise,
            ["currency"] = "INR",
            ["status"] = status,
            ["order_id"] = orderId,
            ["method"] = "upi",
            ["captured"] = status == "captured",
            ["error_description"] = error,
        });

    public static string PaymentEvent(string type, string paymentId, string orderId, long paise, string status, string? error = null) =>
        $"{{\"entity\":\"event\",\"account_id\":\"acc_platform\",\"event\":\"{type}\",\"contains\":[\"payment\"]," +
        $"\"payload\":{{\"payment\":{{\"entity\":{PaymentJson(paymentId, orderId, paise, status, error)}}}}},\"created_at\":1700000000}}";

    public static Task<HttpResponseMessage> SendWebhookAsync(HttpClient client, string body, string? signature, string? eventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/razorpay") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Razorpay-Signature", signature);
        }

        request.Headers.TryAddWithoutValidation("x-razorpay-event-id", eventId ?? $"evt_{Guid.NewGuid():N}");
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient customer, Guid checkoutId, string paymentId, string signature) =>
        customer.PostAsJsonAsync($"/api/v1/checkouts/{checkoutId}/payment/confirm", new { paymentId, signature });

    /// <summary>Razorpay answers GET /v1/payments/{id} with this payment (overriding the defaults).</summary>
    public static void StubPayment(this ProviderStubs providers, string paymentId, string orderId, long paise, string status) =>
        providers.RazorpayJson("GET", $"/v1/payments/{paymentId}", 200, PaymentJson(paymentId, orderId, paise, status), priority: -1);

    /// <summary>The held Route transfers Razorpay made from the payment: one per order whose seller has a linked account.</summary>
    public static void StubTransfers(this ProviderStubs providers, string paymentId, IEnumerable<(Guid OrderId, string Account, long Paise)> transfers)
    {
        var items = transfers.Select(t => new Dictionary<string, object?>
        {
            ["id"] = TransferId(t.OrderId),
            ["entity"] = "transfer",
            ["status"] = "processed",
            ["source"] = paymentId,
            ["recipient"] = t.Account,
            ["amount"] = t.Paise,
            ["currency"] = "INR",
            ["notes"] = new Dictionary<string, string> { ["order_id"] = t.OrderId.ToString() },
            ["on_hold"] = true,
        }).ToList();
        providers.RazorpayJson("GET", $"/v1/payments/{paymentId}/transfers", 200,
            JsonSerializer.Serialize(new { entity = "collection", count = items.Count, items }), priority: -1);
    }

    public static string TransferId(Guid orderId) => $"trf_{orderId:N}"[..18];

    /// <summary>Stubs a captured payment of the whole checkout with its transfers, as Razorpay has it after the customer paid.</summary>
    public static async Task<string> StubCapturedAsync(this ProviderStubs providers, CheckoutResult checkout, string status = "captured")
    {
        var paymentId = PaymentId();
        var orderId = ProviderStubs.RazorpayOrderId(checkout.CheckoutId);
        providers.StubPayment(paymentId, orderId, Paise(checkout.Total.Amount), status);
        var transfers = new List<(Guid, string, long)>();
        foreach (var order in checkout.Orders)
        {
            if (await PayoutAccountAsync(order.SellerId) is { } account)
            {
                transfers.Add((order.Id, account, Paise(order.SellerShare.Amount)));
            }
        }

        providers.StubTransfers(paymentId, transfers);
        return paymentId;
    }

    public static async Task<string?> PayoutAccountAsync(Guid sellerId) =>
        await TestFieldKeys.DecryptedScalarAsync("south-asia", "SELECT payout_account FROM sellers WHERE id = @id", ("id", sellerId));

    public static async Task<PaymentStatusDto> PaymentAsync(HttpClient customer, Guid checkoutId) =>
        await (await customer.GetAsync($"/api/v1/checkouts/{checkoutId}/payment")).ReadAsync<PaymentStatusDto>(HttpStatusCode.OK);
}
