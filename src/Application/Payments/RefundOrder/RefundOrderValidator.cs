using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Domain.Common;
using FluentValidation;

namespace CustomiseYou.Application.Payments.RefundOrder;

public sealed class RefundOrderValidator : AbstractValidator<RefundOrderCommand>
{
    public RefundOrderValidator(ITenantContext tenant)
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().MaximumLength(255).OverridePropertyName("Idempotency-Key");
        RuleFor(c => c.Amount).GreaterThan(0m).LessThanOrEqualTo(MoneyRules.MaxAmount)
            .Must(amount => decimal.Round(amount, Currency.DigitsOf(tenant.Tenant.Currency)) == amount)
            .WithMessage($"'{{PropertyName}}' has more decimals than {tenant.Tenant.Currency} allows.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}
