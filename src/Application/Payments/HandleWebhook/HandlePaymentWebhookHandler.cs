using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Payments.HandleWebhook;

/// <summary>
/// Verifies, de-duplicates (a processed-event row committed with its effect) and applies a provider event; the
/// verification and capture calls run before any transaction opens (<see cref="PaymentSettlement.ApplyAndCommitAsync"/>).
/// A bad signature changes nothing. Events arriving twice, late or out of order are harmless: the payment succeeds at
/// most once and a failure after the success is ignored.
/// </summary>
public sealed class HandlePaymentWebhookHandler(
    IPaymentGateways gateways, IPaymentRepository payments, IProcessedWebhookEvents processed, PaymentSettlement settlement, IUnitOfWork unitOfWork,
    ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<HandlePaymentWebhookCommand, Result<WebhookAck>>
{
    public async ValueTask<Result<WebhookAck>> Handle(HandlePaymentWebhookCommand command, CancellationToken cancellationToken)
    {
        if (command.Provider != tenant.Tenant.PaymentProvider)
        {
            return PaymentErrors.WrongProvider(command.Provider.ToString());
        }

        var gateway = gateways.For(command.Provider);
        var verified = await gateway.VerifyWebhookAsync(new WebhookDelivery(command.Headers, command.Body), cancellationToken);
        if (!verified.IsSuccess)
        {
            return verified.Error!;
        }

        var received = verified.Value;
        if (await processed.ExistsAsync(command.Provider, received.EventId, cancellationToken))
        {
            return new WebhookAck(received.EventId, "duplicate");
        }

        // The payment was taken by the gateway serving this provider: the provider's own, or in offline development the
        // manual gateway, whose payments the development events name.
        var payment = received.Outcome is { } reported
            ? await payments.GetByProviderPaymentIdAsync(gateway.Provider, reported.ProviderPaymentId, cancellationToken)
            : null;
        if (payment is null && received.Outcome is not null && gateway.Provider == PaymentProvider.Manual)
        {
            // Nobody retries a development event, so say what is wrong with it instead of acknowledging it.
            return PaymentErrors.UnknownPayment(received.Outcome.ProviderPaymentId, tenant.Tenant.Id);
        }

        processed.Add(ProcessedWebhookEvent.Record(command.Provider, received.EventId, received.EventType, clock.GetUtcNow()));
        if (payment is null)
        {
            await unitOfWork.CommitAsync(cancellationToken); // the event is recorded, so a redelivery is a duplicate
            return new WebhookAck(received.EventId, "ignored");
        }

        var outcome = received.Outcome!;
        if (outcome is { Kind: PaymentOutcomeKind.Pending, ChargeReference: not null } && payment.Status != PaymentStatus.Succeeded)
        {
            // Authorised or approved but not captured yet (Razorpay, PayPal): capture it now.
            outcome = await gateway.ConfirmAsync(
                new ConfirmPaymentRequest(
                    payment.CheckoutId, payment.ProviderPaymentId, payment.Amount, outcome.ChargeReference, null, $"capture-{payment.Id:N}"),
                cancellationToken)
                ?? throw new InvalidOperationException("A confirmation without a signature cannot fail its signature check.");
        }

        await settlement.ApplyAndCommitAsync(payment, outcome, cancellationToken);
        return new WebhookAck(received.EventId, "processed");
    }
}
