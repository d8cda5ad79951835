using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CustomiseYou.Infrastructure.Payments.Razorpay;

/// <summary>
/// Razorpay with Route: one Razorpay order per checkout (<c>receipt</c> = checkout id) carrying a held transfer of each
/// seller's share to the seller's linked account; Razorpay makes the transfers when the payment is captured and the
/// payout job releases them. Refunds carry <c>X-Refund-Idempotency</c>; orders, captures, direct transfers and transfer
/// reversals have no idempotency key at Razorpay, so each is made safe its own way (see the methods).
/// </summary>
public sealed class RazorpayPaymentGateway(HttpClient httpClient, IOptions<PaymentOptions> options) : IPaymentGateway
{
    private const string Name = "Razorpay";

    /// <summary>Marks a request the resilience handler must not repeat (see <see cref="RetryOnlySafeRequests"/>).</summary>
    private static readonly HttpRequestOptionsKey<bool> NotRetried = new("CustomiseYou.Razorpay.NotRetried");

    private readonly RazorpayOptions _settings = options.Value.Razorpay;

    public PaymentProvider Provider => PaymentProvider.Razorpay;

    /// <summary>Keeps the standard retries for every request except those marked <see cref="NotRetried"/>.</summary>
    public static void RetryOnlySafeRequests(HttpRetryStrategyOptions retry)
    {
        var shouldHandle = retry.ShouldHandle;
        retry.ShouldHandle = async args =>
            await shouldHandle(args)
            && !(args.Context.GetRequestMessage()?.Options.TryGetValue(NotRetried, out var notRetried) == true && notRetried);
    }

    public async Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken)
    {
        // No idempotency key exists for orders: a retried POST may leave a second Razorpay order that nobody pays. It
        // moves no money and expires; its receipt (the checkout id) says where it came from.
        var body = new Dictionary<string, object>
        {
            ["amount"] = request.Amount.ToMinorUnits(),
            ["currency"] = request.Amount.Currency,
            ["receipt"] = request.CheckoutId.ToString(),
            ["notes"] = new Dictionary<string, string> { ["checkout_id"] = request.CheckoutId.ToString() },
        };
        var transfers = request.Splits.Where(HasLinkedAccount).Select(split => new
        {
            account = split.PayoutAccount,
            amount = split.Share.ToMinorUnits(),
            currency = split.Share.Currency,
            notes = new Dictionary<string, string> { ["order_id"] = split.OrderId.ToString() },
            // Held until delivery and the return window have passed; the payout job releases it.
            on_hold = true,
        }).ToList();
        if (transfers.Count > 0)
        {
            body["transfers"] = transfers;
        }

        using var order = await SendAsync(HttpMethod.Post, "/v1/orders", body, cancellationToken);
        return new CreatedPayment(Required(order.Body, "id"), new PaymentClientData(KeyId: _settings.KeyId));
    }

    public async Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken)
    {
        var orderId = request.ProviderPaymentId;
        if (request.Signature is { } signature
            && (request.ProviderChargeId is null
                || !RazorpaySignature.VerifyPayment(orderId, request.ProviderChargeId, signature, Secret(_settings.KeySecret, "KeySecret"))))
        {
            return null;
        }

        if (request.ProviderChargeId is not { } paymentId)
        {
            return PaymentOutcome.Pending(orderId);
        }

        using var payment = await SendAsync(HttpMethod.Get, $"/v1/payments/{Uri.EscapeDataString(paymentId)}", null, cancellationToken);
        if (payment.Body.StringAt("order_id") != orderId)
        {
            // A payment of another order proves nothing about this one: the claim does not verify.
            return null;
        }

        return payment.Body.StringAt("status") == "authorized"
            ? await CaptureAsync(orderId, paymentId, request.Amount, cancellationToken)
            : OutcomeOf(orderId, payment.Body);
    }

    public async Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken)
    {
        if (!request.Splits.Any(HasLinkedAccount))
        {
            return [.. request.Splits.Select(s => new SellerSettlement(s.OrderId, SettlementStatus.Deferred, null))];
        }

        // The transfers were asked for with the order; Razorpay made them when the payment was captured.
        using var listed = await SendAsync(
            HttpMethod.Get, $"/v1/payments/{Uri.EscapeDataString(request.ChargeReference)}/transfers", null, cancellationToken);
        var transfers = listed.Body.At("items") is { ValueKind: JsonValueKind.Array } items ? items.EnumerateArray().ToList() : [];
        var settlements = new List<SellerSettlement>(request.Splits.Count);
        foreach (var split in request.Splits)
        {
            if (!HasLinkedAccount(split))
            {
                // No linked account: the share stays owed in our ledger and the payout job pays it.
                settlements.Add(new SellerSettlement(split.OrderId, SettlementStatus.Deferred, null));
                continue;
            }

            var transfer = transfers.FirstOrDefault(t => t.StringAt("notes", "order_id") == split.OrderId.ToString());
            if (transfer.ValueKind == JsonValueKind.Undefined)
            {
                transfer = transfers.FirstOrDefault(t =>
                    t.StringAt("recipient") == split.PayoutAccount && t.LongAt("amount") == split.Share.ToMinorUnits());
            }

            if (transfer.StringAt("id") is not { } transferId)
            {
                // Thrown so the provider's retry (or the customer's) settles it once Razorpay lists the transfer.
                throw new ExternalServiceException(Name, $"has not listed the transfer for order {split.OrderId} yet");
            }

            transfers.Remove(transfer);
            var held = transfer.At("on_hold") is { ValueKind: JsonValueKind.True };
            settlements.Add(new SellerSettlement(split.OrderId, held ? SettlementStatus.OnHold : SettlementStatus.Transferred, transferId));
        }

        return settlements;
    }

    public async Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Post, $"/v1/payments/{Uri.EscapeDataString(request.ChargeReference)}/refund", new
        {
            amount = request.Amount.ToMinorUnits(),
            receipt = request.IdempotencyKey,
            notes = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString(), ["reason"] = Note(request.Reason) },
        });
        // Razorpay replays the first refund made with this key, so a retry never refunds twice.
        message.Headers.Add("X-Refund-Idempotency", request.IdempotencyKey);
        using var refund = Expect(await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken));
        var refundId = Required(refund.Body, "id");
        return new ProviderRefund(refundId, request.Reversal is { } reversal ? await ReverseAsync(reversal, refundId, cancellationToken) : null);
    }

    /// <summary>
    /// Razorpay settles a linked account to the seller's bank itself: a payout moves what was owed as a direct transfer
    /// and releases the held Route transfers. The reference is the direct transfer, else the first transfer released.
    /// </summary>
    public async Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken)
    {
        string? moved = null;
        if (!request.Owed.IsZero)
        {
            // Direct transfers have no idempotency key either: found by our key among the latest before one is made.
            moved = await FindByKeyAsync("/v1/transfers?count=100", request.IdempotencyKey, cancellationToken)
                ?? await CreateUnretriedAsync("/v1/transfers", new
                {
                    account = request.PayoutAccount,
                    amount = request.Owed.ToMinorUnits(),
                    currency = request.Owed.Currency,
                    notes = new Dictionary<string, string>
                    {
                        ["payout_id"] = request.PayoutId.ToString(),
                        ["idempotency_key"] = request.IdempotencyKey,
                    },
                }, cancellationToken);
        }

        foreach (var transfer in request.HeldTransfers)
        {
            // Releasing a released transfer changes nothing, so this is safe to repeat.
            using var released = await SendAsync(
                HttpMethod.Patch, $"/v1/transfers/{Uri.EscapeDataString(transfer)}", new { on_hold = false }, cancellationToken);
        }

        return new ProviderPayout(moved ?? request.HeldTransfers.FirstOrDefault()
            ?? throw new InvalidOperationException($"Payout {request.PayoutId} has nothing owed and no held transfer to release."));
    }

    public Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult(RazorpaySignature.VerifyWebhook(
            delivery, Secret(_settings.WebhookSecret, "WebhookSecret"), RazorpaySignature.Scheme("the webhook secret")));

    /// <summary>
    /// Capturing twice is refused by Razorpay, so a retried capture cannot take the money twice; a refusal because
    /// someone else captured it first (the webhook racing the callback) reads the payment back.
    /// </summary>
    private async Task<PaymentOutcome> CaptureAsync(string orderId, string paymentId, Money amount, CancellationToken cancellationToken)
    {
        var path = $"/v1/payments/{Uri.EscapeDataString(paymentId)}";
        using var message = Request(HttpMethod.Post, $"{path}/capture", new { amount = amount.ToMinorUnits(), currency = amount.Currency });
        using var captured = await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken);
        if (captured.IsSuccess)
        {
            return OutcomeOf(orderId, captured.Body);
        }

        using var current = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        return current.Body.StringAt("status") == "captured" ? OutcomeOf(orderId, current.Body) : throw Declined(captured);
    }

    /// <summary>
    /// Razorpay has no idempotency key for reversals, so the request is never repeated by the resilience handler and a
    /// reversal already made under our key (an earlier attempt whose answer was lost) is found before making another.
    /// </summary>
    private async Task<string> ReverseAsync(TransferReversal reversal, string refundId, CancellationToken cancellationToken)
    {
        var path = $"/v1/transfers/{Uri.EscapeDataString(reversal.TransferReference)}/reversals";
        return await FindByKeyAsync(path, reversal.IdempotencyKey, cancellationToken)
            ?? await CreateUnretriedAsync(path, new
            {
                amount = reversal.Amount.ToMinorUnits(),
                notes = new Dictionary<string, string> { ["refund_id"] = refundId, ["idempotency_key"] = reversal.IdempotencyKey },
            }, cancellationToken);
    }

    /// <summary>The id of the entity listed at <paramref name="listPath"/> whose <c>notes.idempotency_key</c> is <paramref name="key"/>.</summary>
    private async Task<string?> FindByKeyAsync(string listPath, string key, CancellationToken cancellationToken)
    {
        using var listed = await SendAsync(HttpMethod.Get, listPath, null, cancellationToken);
        return listed.Body.At("items") is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray().FirstOrDefault(r => r.StringAt("notes", "idempotency_key") == key).StringAt("id")
            : null;
    }

    /// <summary>A POST without an idempotency key at Razorpay: never repeated by the resilience handler.</summary>
    private async Task<string> CreateUnretriedAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var message = Request(HttpMethod.Post, path, body);
        message.Options.Set(NotRetried, true);
        using var created = Expect(await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken));
        return Required(created.Body, "id");
    }

    private static PaymentOutcome OutcomeOf(string orderId, JsonElement payment) => payment.StringAt("status") switch
    {
        "captured" when payment.StringAt("id") is { } paymentId && payment.LongAt("amount") is { } amount
            && payment.StringAt("currency") is { } currency =>
            PaymentOutcome.Succeeded(orderId, paymentId, Money.FromMinorUnits(amount, currency.ToUpperInvariant())),
        "failed" => PaymentOutcome.Failed(orderId, payment.StringAt("error_description") ?? "The payment failed."),
        _ => PaymentOutcome.Pending(orderId),
    };

    private async Task<ProviderAnswer> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var message = Request(method, path, body);
        return Expect(await ProviderHttp.SendAsync(httpClient, message, Name, cancellationToken));
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var keyId = Secret(_settings.KeyId, "KeyId");
        var keySecret = Secret(_settings.KeySecret, "KeySecret");
        var message = new HttpRequestMessage(method, new Uri(_settings.ApiBase.TrimEnd('/') + path))
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{keyId}:{keySecret}")));
        return message;
    }

    /// <summary>Razorpay's own refusals (a 4xx with <c>error.description</c>) become a clear 422.</summary>
    private static ProviderAnswer Expect(ProviderAnswer answer)
    {
        if (answer.IsSuccess)
        {
            return answer;
        }

        using (answer)
        {
            throw Declined(answer);
        }
    }

    private static PaymentDeclinedException Declined(ProviderAnswer answer) =>
        new(Name, answer.Body.StringAt("error", "description") ?? $"the request was refused ({(int)answer.Status})");

    private static bool HasLinkedAccount(SellerSplit split) => !string.IsNullOrEmpty(split.PayoutAccount) && !split.Share.IsZero;

    private static string Required(JsonElement body, string property) =>
        body.StringAt(property) ?? throw new ExternalServiceException(Name, $"answered without '{property}'");

    /// <summary>Razorpay keeps at most 256 characters per note.</summary>
    private static string Note(string text) => text.Length > 256 ? text[..256] : text;

    private static string Secret(string? value, string setting) =>
        string.IsNullOrEmpty(value) ? throw new ExternalServiceException(Name, $"Payments:Razorpay:{setting} is not configured.") : value;
}
