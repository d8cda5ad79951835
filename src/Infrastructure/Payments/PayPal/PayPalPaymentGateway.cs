using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Payments.PayPal;

/// <summary>
/// PayPal Orders v2: one PayPal order per checkout (intent CAPTURE), captured once the customer approved it, refunded
/// per capture. PayPal pays no seller directly: each share is owed in our ledger and paid by the payout job. Every POST
/// that moves money carries <c>PayPal-Request-Id</c> made from our ids; requests use a cached OAuth token.
/// </summary>
public sealed class PayPalPaymentGateway(HttpClient httpClient, IOptions<PaymentOptions> options, PayPalAccessTokens tokens) : IPaymentGateway
{
    private const string Name = "PayPal";

    /// <summary>The transmission headers PayPal signs a webhook with, and the verify API's matching fields.</summary>
    private static readonly (string Header, string Field)[] TransmissionHeaders =
    [
        ("PAYPAL-AUTH-ALGO", "auth_algo"),
        ("PAYPAL-CERT-URL", "cert_url"),
        ("PAYPAL-TRANSMISSION-ID", "transmission_id"),
        ("PAYPAL-TRANSMISSION-SIG", "transmission_sig"),
        ("PAYPAL-TRANSMISSION-TIME", "transmission_time"),
    ];

    private readonly PayPalOptions _settings = options.Value.PayPal;

    public PaymentProvider Provider => PaymentProvider.PayPal;

    public async Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken)
    {
        var checkoutId = request.CheckoutId.ToString();
        using var order = await SendAsync(HttpMethod.Post, "/v2/checkout/orders", new
        {
            intent = "CAPTURE",
            purchase_units = new[]
            {
                new
                {
                    reference_id = checkoutId,
                    custom_id = checkoutId,
                    amount = new { currency_code = request.Amount.Currency, value = PayPalEvents.Format(request.Amount) },
                },
            },
        }, request.IdempotencyKey, cancellationToken);
        var approval = order.Body.At("links") is { ValueKind: JsonValueKind.Array } links
            ? links.EnumerateArray().FirstOrDefault(l => l.StringAt("rel") is "approve" or "payer-action").StringAt("href")
            : null;
        return new CreatedPayment(Required(order.Body, "id"), new PaymentClientData(ApprovalUrl: approval));
    }

    public async Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken)
    {
        var orderId = request.ProviderPaymentId;
        var path = $"/v2/checkout/orders/{Uri.EscapeDataString(orderId)}";
        using var captured = await ExchangeAsync(HttpMethod.Post, $"{path}/capture", new { }, request.IdempotencyKey, cancellationToken);
        if (captured.IsSuccess)
        {
            return OutcomeOf(orderId, captured.Body);
        }

        switch (captured.Status == HttpStatusCode.UnprocessableEntity ? Issue(captured) : null)
        {
            case "ORDER_ALREADY_CAPTURED":
                // Captured by an earlier attempt (the webhook racing the storefront): report that capture.
                using (var order = await SendAsync(HttpMethod.Get, path, null, null, cancellationToken))
                {
                    return OutcomeOf(orderId, order.Body);
                }

            case "ORDER_NOT_APPROVED":
                return PaymentOutcome.Pending(orderId);
            case { } issue:
                // INSTRUMENT_DECLINED and the like: the attempt failed; the customer may pay again within the window.
                return PaymentOutcome.Failed(orderId, Reason(captured) ?? issue);
            default:
                throw Declined(captured);
        }
    }

    public Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken) =>
        // PayPal has no split here: every share is owed in our ledger and the payout job pays it.
        Task.FromResult<IReadOnlyList<SellerSettlement>>(
            [.. request.Splits.Select(s => new SellerSettlement(s.OrderId, SettlementStatus.Deferred, null))]);

    public async Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        using var refund = await SendAsync(HttpMethod.Post, $"/v2/payments/captures/{Uri.EscapeDataString(request.ChargeReference)}/refund", new
        {
            amount = new { value = PayPalEvents.Format(request.Amount), currency_code = request.Amount.Currency },
            note_to_payer = request.Reason.Length > 255 ? request.Reason[..255] : request.Reason,
        }, request.IdempotencyKey, cancellationToken);
        if (refund.Body.StringAt("status") is "FAILED" or "CANCELLED")
        {
            throw new PaymentDeclinedException(Name, $"the refund {refund.Body.StringAt("status")!.ToLowerInvariant()}");
        }

        // No seller transfer was made, so there is none to reverse: the payout job owes the seller less.
        return new ProviderRefund(Required(refund.Body, "id"), null);
    }

    /// <summary>
    /// Every share was owed, so the whole amount goes to the seller's PayPal account in one Payouts batch; the batch id
    /// is our key (PayPal refuses a second batch with it) as is the request id.
    /// </summary>
    public async Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken)
    {
        using var batch = await SendAsync(HttpMethod.Post, "/v1/payments/payouts", new
        {
            sender_batch_header = new { sender_batch_id = request.IdempotencyKey, email_subject = "You have a payout from CustomiseYou" },
            items = new[]
            {
                new
                {
                    recipient_type = request.PayoutAccount.Contains('@', StringComparison.Ordinal) ? "EMAIL" : "PAYPAL_ID",
                    receiver = request.PayoutAccount,
                    amount = new { value = PayPalEvents.Format(request.Amount), currency = request.Amount.Currency },
                    sender_item_id = request.PayoutId.ToString(),
                },
            },
        }, request.IdempotencyKey, cancellationToken);
        return new ProviderPayout(batch.Body.StringAt("batch_header", "payout_batch_id")
            ?? throw new ExternalServiceException(Name, "answered without 'batch_header.payout_batch_id'"));
    }

    /// <summary>PayPal checks its own signature: the transmission headers and the event, byte for byte, go to its verify API.</summary>
    public async Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var webhookId = Setting(_settings.WebhookId, "WebhookId");
        var transmission = TransmissionHeaders.Select(h => (h.Header, h.Field, Value: Header(delivery, h.Header))).ToList();
        var missing = transmission.Where(t => string.IsNullOrEmpty(t.Value)).Select(t => t.Header).ToList();
        if (missing.Count > 0)
        {
            return PaymentErrors.SignatureMissing(
                missing[0], $"PayPal signs every event with its transmission headers; this delivery has no {string.Join(", ", missing)}.");
        }

        using var document = ProviderHttp.ParseOrNull(delivery.Body);
        if (document is null)
        {
            return PaymentErrors.NotAnEvent("The body is not a PayPal event (JSON with id and event_type).");
        }

        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            transmission.ForEach(t => writer.WriteString(t.Field, t.Value));
            writer.WriteString("webhook_id", webhookId);
            // The event exactly as received, not re-serialised, so PayPal checks the bytes it signed.
            writer.WritePropertyName("webhook_event");
            writer.WriteRawValue(delivery.Body);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var verified = await ExchangeAsync(HttpMethod.Post, "/v1/notifications/verify-webhook-signature", content, null, cancellationToken);
        // PayPal refuses (4xx) what it cannot check, such as a certificate URL that is not its own: not verified either.
        if (!verified.IsSuccess || verified.Body.StringAt("verification_status") != "SUCCESS")
        {
            return PaymentErrors.SignatureMismatch(
                "PAYPAL-TRANSMISSION-SIG", "PayPal's verify-webhook-signature API did not verify this delivery for our webhook id.");
        }

        return PayPalEvents.Parse(document.RootElement) is { } received
            ? received
            : PaymentErrors.NotAnEvent("The body is not a PayPal event (JSON with id and event_type).");
    }

    /// <summary>The order's first capture, as the capture call or a read of the order returns it.</summary>
    private static PaymentOutcome OutcomeOf(string orderId, JsonElement order) =>
        order.At("purchase_units") is { ValueKind: JsonValueKind.Array } units
        && units.EnumerateArray().Select(u => u.At("payments", "captures"))
            .FirstOrDefault(c => c is { ValueKind: JsonValueKind.Array }) is { } captures
        && captures.GetArrayLength() > 0
            ? PayPalEvents.CaptureOutcome(orderId, captures[0])
            : PaymentOutcome.Pending(orderId);

    private async Task<ProviderAnswer> SendAsync(HttpMethod method, string path, object? body, string? requestId, CancellationToken cancellationToken)
    {
        var answer = await ExchangeAsync(method, path, body, requestId, cancellationToken);
        if (answer.IsSuccess)
        {
            return answer;
        }

        using (answer)
        {
            throw Declined(answer);
        }
    }

    private async Task<ProviderAnswer> ExchangeAsync(
        HttpMethod method, string path, object? body, string? requestId, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(IssueTokenAsync, cancellationToken);
        using var message = new HttpRequestMessage(method, Endpoint(path))
        {
            Content = body switch { null => null, HttpContent content => content, _ => JsonContent.Create(body) },
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (requestId is not null)
        {
            // PayPal answers a repeated request id with the first result, so retries never capture or refund twice.
            message.Headers.Add("PayPal-Request-Id", requestId);
        }

        try
        {
            return await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken);
        }
        catch (ExternalServiceException)
        {
            // After an outage or a refused token (revoked, credentials rolled), the next request asks for a fresh one.
            tokens.Forget(token);
            throw;
        }
    }

    private async Task<(string Value, TimeSpan Lifetime)> IssueTokenAsync(CancellationToken cancellationToken)
    {
        var credentials = $"{Setting(_settings.ClientId, "ClientId")}:{Setting(_settings.ClientSecret, "ClientSecret")}";
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint("/v1/oauth2/token"))
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var answer = await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken);
        if (!answer.IsSuccess || answer.Body.StringAt("access_token") is not { } token || answer.Body.LongAt("expires_in") is not { } seconds)
        {
            throw new ExternalServiceException(Name, $"issued no access token ({(int)answer.Status})");
        }

        return (token, TimeSpan.FromSeconds(seconds));
    }

    private Uri Endpoint(string path) => new(_settings.ApiBase.TrimEnd('/') + path);

    private static string? Issue(ProviderAnswer answer) =>
        answer.Body.At("details") is { ValueKind: JsonValueKind.Array } details && details.GetArrayLength() > 0 ? details[0].StringAt("issue") : null;

    private static string? Reason(ProviderAnswer answer) =>
        answer.Body.At("details") is { ValueKind: JsonValueKind.Array } details && details.GetArrayLength() > 0
            ? details[0].StringAt("description") ?? answer.Body.StringAt("message")
            : answer.Body.StringAt("message");

    /// <summary>PayPal's own refusals (4xx with <c>details[].description</c> or <c>message</c>) become a clear 422.</summary>
    private static PaymentDeclinedException Declined(ProviderAnswer answer) =>
        new(Name, Reason(answer) ?? string.Create(CultureInfo.InvariantCulture, $"the request was refused ({(int)answer.Status})"));

    private static string Required(JsonElement body, string property) =>
        body.StringAt(property) ?? throw new ExternalServiceException(Name, $"answered without '{property}'");

    private static string? Header(WebhookDelivery delivery, string name) =>
        delivery.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Setting(string? value, string setting) =>
        string.IsNullOrEmpty(value) ? throw new ExternalServiceException(Name, $"Payments:PayPal:{setting} is not configured.") : value;
}
