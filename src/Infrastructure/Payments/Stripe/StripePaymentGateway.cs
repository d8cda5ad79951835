using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace CustomiseYou.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe with separate charges and transfers: one PaymentIntent per checkout (transfer_group = checkout id), then one
/// Transfer per seller order from that charge (source_transaction) to the seller's Connect account; the platform keeps
/// the fee. Every POST carries an Idempotency-Key made from our ids.
/// </summary>
public sealed class StripePaymentGateway(HttpClient httpClient, IOptions<PaymentOptions> options, TimeProvider clock) : IPaymentGateway
{
    private readonly StripeOptions _settings = options.Value.Stripe;
    private StripeClient? _client;

    public PaymentProvider Provider => PaymentProvider.Stripe;

    private StripeClient Client => _client ??= new StripeClient(new StripeClientOptions
    {
        ApiKey = _settings.SecretKey ?? throw new ExternalServiceException("Stripe", "Payments:Stripe:SecretKey is not configured."),
        ApiBase = _settings.ApiBase.TrimEnd('/'),
        // Retries belong to the resilience handler on httpClient; Stripe.net's own would double them.
        HttpClient = new SystemNetHttpClient(httpClient, maxNetworkRetries: 0),
    });

    public async Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(Client).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.Amount.ToMinorUnits(),
                Currency = request.Amount.Currency.ToLowerInvariant(),
                TransferGroup = request.CheckoutId.ToString(),
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
                Metadata = new Dictionary<string, string> { ["checkout_id"] = request.CheckoutId.ToString() },
            },
            new RequestOptions { IdempotencyKey = request.IdempotencyKey },
            cancellationToken));
        return new CreatedPayment(intent.Id, new PaymentClientData(ClientSecret: intent.ClientSecret));
    }

    public async Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken)
    {
        var intent = await Call(() => new PaymentIntentService(Client).GetAsync(request.ProviderPaymentId, cancellationToken: cancellationToken));
        return StripeEvents.OutcomeOf(
            intent.Id, intent.Status, intent.AmountReceived, intent.Currency, intent.LatestChargeId, intent.LastPaymentError?.Message);
    }

    public async Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken)
    {
        var settlements = new List<SellerSettlement>(request.Splits.Count);
        foreach (var split in request.Splits)
        {
            if (string.IsNullOrEmpty(split.PayoutAccount) || split.Share.IsZero)
            {
                // No Connect account yet: the share stays owed in our ledger and the payout job pays it later.
                settlements.Add(new SellerSettlement(split.OrderId, SettlementStatus.Deferred, null));
                continue;
            }

            var transfer = await Call(() => new TransferService(Client).CreateAsync(
                new TransferCreateOptions
                {
                    Amount = split.Share.ToMinorUnits(),
                    Currency = split.Share.Currency.ToLowerInvariant(),
                    Destination = split.PayoutAccount,
                    TransferGroup = request.CheckoutId.ToString(),
                    SourceTransaction = request.ChargeReference,
                    Metadata = new Dictionary<string, string> { ["order_id"] = split.OrderId.ToString() },
                },
                new RequestOptions { IdempotencyKey = $"transfer-{split.OrderId:N}" },
                cancellationToken));
            settlements.Add(new SellerSettlement(split.OrderId, SettlementStatus.Transferred, transfer.Id));
        }

        return settlements;
    }

    public async Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var refund = await Call(() => new RefundService(Client).CreateAsync(
            new RefundCreateOptions
            {
                PaymentIntent = request.ProviderPaymentId,
                Amount = request.Amount.ToMinorUnits(),
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString(), ["reason"] = request.Reason },
            },
            new RequestOptions { IdempotencyKey = request.IdempotencyKey },
            cancellationToken));
        if (request.Reversal is not { } reversal)
        {
            return new ProviderRefund(refund.Id, null);
        }

        var reversed = await Call(() => new TransferReversalService(Client).CreateAsync(
            reversal.TransferReference,
            new TransferReversalCreateOptions
            {
                Amount = reversal.Amount.ToMinorUnits(),
                Metadata = new Dictionary<string, string> { ["refund_id"] = refund.Id },
            },
            new RequestOptions { IdempotencyKey = reversal.IdempotencyKey },
            cancellationToken));
        return new ProviderRefund(refund.Id, reversed.Id);
    }

    /// <summary>
    /// Shares already transferred sit in the Connect account; what was owed is transferred first, then the account pays out
    /// to the bank.
    /// </summary>
    public async Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken)
    {
        if (!request.Owed.IsZero)
        {
            await Call(() => new TransferService(Client).CreateAsync(
                new TransferCreateOptions
                {
                    Amount = request.Owed.ToMinorUnits(),
                    Currency = request.Owed.Currency.ToLowerInvariant(),
                    Destination = request.PayoutAccount,
                    Metadata = new Dictionary<string, string> { ["payout_id"] = request.PayoutId.ToString() },
                },
                new RequestOptions { IdempotencyKey = $"{request.IdempotencyKey}-owed" },
                cancellationToken));
        }

        var payout = await Call(() => new PayoutService(Client).CreateAsync(
            new PayoutCreateOptions
            {
                Amount = request.Amount.ToMinorUnits(),
                Currency = request.Amount.Currency.ToLowerInvariant(),
                Metadata = new Dictionary<string, string> { ["payout_id"] = request.PayoutId.ToString() },
            },
            new RequestOptions { IdempotencyKey = request.IdempotencyKey, StripeAccount = request.PayoutAccount },
            cancellationToken));
        return new ProviderPayout(payout.Id);
    }

    public Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var secret = _settings.WebhookSecret ?? throw new ExternalServiceException("Stripe", "Payments:Stripe:WebhookSecret is not configured.");
        var tolerance = TimeSpan.FromSeconds(_settings.WebhookToleranceSeconds);
        return Task.FromResult(
            StripeSignature.Verify(delivery, secret, tolerance, clock.GetUtcNow(), StripeSignature.Scheme("the endpoint's signing secret")));
    }

    /// <summary>Stripe's own refusals (4xx) become a clear 422; outages, timeouts and 5xx a 503 the client can retry.</summary>
    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException exception) when ((int)exception.HttpStatusCode is >= 400 and < 500 and not 429)
        {
            throw new PaymentDeclinedException("Stripe", exception.StripeError?.Message ?? exception.Message);
        }
        catch (StripeException exception)
        {
            throw new ExternalServiceException("Stripe", $"answered {(int)exception.HttpStatusCode}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new ExternalServiceException("Stripe", "could not be reached", exception);
        }
    }
}
