using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// How an answered option adds to the unit price. Amounts are exact decimals here; the quote rounds once, at the
/// end. Only this assembly defines rules, so every rule is known to authoring validation.
/// </summary>
public abstract record PriceRule
{
    private protected PriceRule()
    {
    }

    /// <summary>Adds authoring errors (wrong currency, negative amounts, wrong option kind) under <paramref name="path"/>.</summary>
    internal abstract void Check(string path, OptionDefinition option, AuthoringContext context);

    /// <summary>The exact charge for one unit, or null when the rule does not apply (e.g. below the first tier).</summary>
    internal abstract RuleCharge? Charge(RuleInput input);
}
