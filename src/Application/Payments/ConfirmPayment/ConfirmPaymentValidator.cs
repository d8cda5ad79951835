using FluentValidation;

namespace CustomiseYou.Application.Payments.ConfirmPayment;

public sealed class ConfirmPaymentValidator : AbstractValidator<ConfirmPaymentCommand>
{
    public ConfirmPaymentValidator()
    {
        RuleFor(c => c.ProviderPaymentId).MaximumLength(255);
        RuleFor(c => c.PaymentId).MaximumLength(255);
        RuleFor(c => c.Signature).MaximumLength(512);
        RuleFor(c => c.PaymentId).NotEmpty().When(c => c.Signature is not null).WithMessage("A signature comes with the payment id it signs.");
    }
}
