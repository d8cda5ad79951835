using CustomiseYou.Application.Common.Models;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Payments.Common;

public sealed record PaymentStatusDto(
    Guid CheckoutId, string Provider, string ProviderPaymentId, string Status, MoneyDto Amount, MoneyDto Refunded, string? FailureReason)
{
    public static PaymentStatusDto From(Payment payment) => new(
        payment.CheckoutId, payment.Provider.ToString(), payment.ProviderPaymentId, payment.Status.ToString(),
        MoneyDto.From(payment.Amount), MoneyDto.From(payment.Refunded), payment.FailureReason);
}
