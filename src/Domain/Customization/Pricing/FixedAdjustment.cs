using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>A flat amount per unit when the option is answered; may be negative (a discount).</summary>
public sealed record FixedAdjustment(Money Amount) : PriceRule
{
    internal override void Check(string path, OptionDefinition option, AuthoringContext context) =>
        context.CheckMoney($"{path}.amount", Amount, allowNegative: true);

    internal override RuleCharge? Charge(RuleInput input) => new RuleCharge(Amount.Amount, string.Empty);
}
