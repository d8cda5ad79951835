using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using FluentValidation;

namespace CustomiseYou.Application.Common.Models;

public static class MoneyRules
{
    public const decimal MaxAmount = 100_000_000m;

    /// <summary>A price in the tenant's currency, not negative, in whole minor units (no fractions of a paisa or cent).</summary>
    public static IRuleBuilderOptions<T, MoneyDto?> TenantPrice<T>(this IRuleBuilder<T, MoneyDto?> rule, ITenantContext tenant) =>
        rule.ChildRules(money =>
        {
            money.RuleFor(m => m!.Currency).Equal(tenant.Tenant.Currency)
                .WithMessage($"'{{PropertyName}}' must be {tenant.Tenant.Currency}, the currency of this region.");
            money.RuleFor(m => m!.Amount).InclusiveBetween(0m, MaxAmount)
                .Must(amount => decimal.Round(amount, Currency.DigitsOf(tenant.Tenant.Currency)) == amount)
                .WithMessage($"'{{PropertyName}}' has more decimals than {tenant.Tenant.Currency} allows.");
        });
}
