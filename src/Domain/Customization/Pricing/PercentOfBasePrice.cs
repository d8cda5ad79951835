using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>A share of the product's base price, e.g. 12.5 for 12.5 %.</summary>
public sealed record PercentOfBasePrice(decimal Percent) : PriceRule
{
    public const decimal MaxPercent = 1000m;

    internal override void Check(string path, OptionDefinition option, AuthoringContext context)
    {
        if (Percent is < 0m or > MaxPercent)
        {
            context.Add($"{path}.percent", $"Must be between 0 and {MaxPercent}.");
        }
    }

    internal override RuleCharge? Charge(RuleInput input) =>
        new RuleCharge(input.BasePrice * Percent / 100m, PriceWording.Format(input.Wording.PercentOfBase, Percent));
}
