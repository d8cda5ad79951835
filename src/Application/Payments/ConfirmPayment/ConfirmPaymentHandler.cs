using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Payments.ConfirmPayment;

public sealed class ConfirmPaymentHandler(
    IPaymentRepository payments, IPaymentGateways gateways, PaymentSettlement settlement, ICurrentUser currentUser)
    : ICommandHandler<ConfirmPaymentCommand, Result<PaymentStatusDto>>
{
    public async ValueTask<Result<PaymentStatusDto>> Handle(ConfirmPaymentCommand command, CancellationToken cancellationToken)
    {
        var payment = await payments.GetByCheckoutAsync(command.CheckoutId, cancellationToken);
        if (payment is null || payment.CustomerId != currentUser.RequiredUserId)
        {
            return PaymentErrors.PaymentNotFound(command.CheckoutId);
        }

        if (command.ProviderPaymentId is { } claimed && claimed != payment.ProviderPaymentId)
        {
            return Error.Validation("payment.mismatch", "This provider payment does not belong to the checkout.", "providerPaymentId");
        }

        if (payment.Status == PaymentStatus.Succeeded || payment.Provider == PaymentProvider.Manual)
        {
            return PaymentStatusDto.From(payment);
        }

        var outcome = await gateways.For(payment.Provider).ConfirmAsync(
            new ConfirmPaymentRequest(
                payment.CheckoutId, payment.ProviderPaymentId, payment.Amount, command.PaymentId, command.Signature, $"capture-{payment.Id:N}"),
            cancellationToken);
        if (outcome is null)
        {
            return PaymentErrors.InvalidSignature;
        }

        await settlement.ApplyAndCommitAsync(payment, outcome, cancellationToken);
        return PaymentStatusDto.From(payment);
    }
}
