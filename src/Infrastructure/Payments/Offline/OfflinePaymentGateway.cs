using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Infrastructure.Payments.Razorpay;
using CustomiseYou.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Payments.Offline;

/// <summary>
/// A region's provider in offline development (<c>Payments:Offline</c>): payments are manual, as in
/// <see cref="ManualPaymentGateway"/>, but the provider's webhook endpoint takes test events signed in that provider's
/// scheme with the development secrets, so webhooks can be exercised without the provider (build/webhook.sh). A refusal
/// says which check failed and how to sign an event that passes.
/// </summary>
/// <param name="manual">The registered manual gateway, which takes everything but webhooks.</param>
internal sealed class OfflinePaymentGateway(
    PaymentProvider standsInFor, IPaymentGateway manual, IOptions<PaymentOptions> options, TimeProvider clock) : IPaymentGateway
{
    private readonly IPaymentGateway _manual = manual;
    private readonly PaymentOptions _settings = options.Value;

    public PaymentProvider Provider => _manual.Provider;

    public Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken) =>
        _manual.CreatePaymentAsync(request, cancellationToken);

    public Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken) =>
        _manual.ConfirmAsync(request, cancellationToken);

    public Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken) =>
        _manual.SettleSellerSharesAsync(request, cancellationToken);

    public Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        _manual.RefundAsync(request, cancellationToken);

    public Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken) =>
        _manual.PayOutAsync(request, cancellationToken);

    public Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult(standsInFor switch
        {
            PaymentProvider.Stripe => StripeSignature.Verify(
                delivery,
                Secret(_settings.Stripe.WebhookSecret, "Stripe:WebhookSecret"),
                TimeSpan.FromSeconds(_settings.Stripe.WebhookToleranceSeconds),
                clock.GetUtcNow(),
                StripeSignature.Scheme(SecretInWords("Stripe:WebhookSecret"), Hint("stripe", "payment_intent.succeeded"))),
            PaymentProvider.Razorpay => RazorpaySignature.VerifyWebhook(
                delivery,
                Secret(_settings.Razorpay.WebhookSecret, "Razorpay:WebhookSecret"),
                RazorpaySignature.Scheme(SecretInWords("Razorpay:WebhookSecret"), Hint("razorpay", "payment.captured"))),
            PaymentProvider.PayPal => PayPalDevelopmentSignature.Verify(
                delivery,
                Secret(_settings.PayPal.OfflineWebhookSecret, "PayPal:OfflineWebhookSecret"),
                clock.GetUtcNow(),
                PayPalDevelopmentSignature.Scheme(SecretInWords("PayPal:OfflineWebhookSecret"), Hint("paypal", "PAYMENT.CAPTURE.COMPLETED"))),
            _ => throw new InvalidOperationException($"{standsInFor} takes no webhooks."),
        });

    private static string SecretInWords(string setting) =>
        $"this offline host's development secret (Payments:{setting}, set in appsettings.Development.json)";

    private static string Hint(string provider, string eventType) =>
        $"Sign and send a development event with: ./build/webhook.sh {provider} {eventType} <providerPaymentId> <amount> "
        + "(README, \"Webhooks in development\").";

    private static string Secret(string? value, string setting) => string.IsNullOrEmpty(value)
        ? throw new ExternalServiceException(
            "Payments", $"Payments:{setting} is not configured (appsettings.Development.json sets a development one).")
        : value;
}
