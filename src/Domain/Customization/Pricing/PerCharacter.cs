using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// An amount per character of a text option, counting grapheme clusters and skipping whitespace, so "नमस्ते" and
/// "👍🏽" cost what a customer would expect from counting them by eye.
/// </summary>
public sealed record PerCharacter(Money AmountPerCharacter) : PriceRule
{
    internal override void Check(string path, OptionDefinition option, AuthoringContext context)
    {
        if (option is not TextOption)
        {
            context.Add(path, "Per-character pricing applies only to text options.");
        }

        context.CheckMoney($"{path}.amountPerCharacter", AmountPerCharacter, allowNegative: false);
    }

    internal override RuleCharge? Charge(RuleInput input)
    {
        var count = TextRules.CountCharacters(input.Value.Text ?? string.Empty, excludeWhitespace: true);
        return new RuleCharge(count * AmountPerCharacter.Amount, PriceWording.Format(input.Wording.Characters, count, AmountPerCharacter));
    }
}
