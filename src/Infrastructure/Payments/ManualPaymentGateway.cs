using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Infrastructure.Payments;

/// <summary>
/// Money taken outside any provider: an admin records it with mark-paid, refunds are settled by hand and appear in the
/// ledger with a manual reference, and seller shares are owed until the payout job pays them. It is the whole
/// payment story of the offline development default.
/// </summary>
internal sealed class ManualPaymentGateway : IPaymentGateway
{
    public PaymentProvider Provider => PaymentProvider.Manual;

    public Task<CreatedPayment> CreatePaymentAsync(CreatePaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CreatedPayment($"manual_{request.CheckoutId:N}", new PaymentClientData()));

    public Task<PaymentOutcome?> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentOutcome?>(PaymentOutcome.Pending(request.ProviderPaymentId));

    public Task<IReadOnlyList<SellerSettlement>> SettleSellerSharesAsync(SettlementRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SellerSettlement>>(
            [.. request.Splits.Select(s => new SellerSettlement(s.OrderId, SettlementStatus.Deferred, null))]);

    public Task<ProviderRefund> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new ProviderRefund($"manual-{request.IdempotencyKey}", null));

    public Task<ProviderPayout> PayOutAsync(PayoutRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new ProviderPayout($"manual-{request.IdempotencyKey}"));

    /// <summary>
    /// Nobody sends webhooks about manual payments; offline development verifies its test events in
    /// <see cref="Offline.OfflinePaymentGateway"/>.
    /// </summary>
    public Task<Result<WebhookEvent>> VerifyWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult<Result<WebhookEvent>>(PaymentErrors.SignatureMismatch("signature", "Manual payments take no webhooks."));
}
