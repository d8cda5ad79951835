using System.Globalization;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>An amount per unit of a number option, e.g. 4 INR per cm of length.</summary>
public sealed record PerUnit(Money AmountPerUnit) : PriceRule
{
    internal override void Check(string path, OptionDefinition option, AuthoringContext context)
    {
        if (option is not NumberOption)
        {
            context.Add(path, "Per-unit pricing applies only to number options.");
        }

        context.CheckMoney($"{path}.amountPerUnit", AmountPerUnit, allowNegative: false);
    }

    internal override RuleCharge? Charge(RuleInput input)
    {
        var number = input.Value.Number ?? 0m;
        var unit = input.Option is NumberOption { Unit.Length: > 0 } numberOption ? $" {numberOption.Unit}" : string.Empty;
        return new RuleCharge(
            number * AmountPerUnit.Amount,
            string.Create(CultureInfo.InvariantCulture, $"{CanonicalJson.Number(number)}{unit} × {AmountPerUnit}"));
    }
}
