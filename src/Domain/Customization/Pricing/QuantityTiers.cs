using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// A per-unit amount that depends on the ordered quantity, e.g. 1-9: +50, 10-49: +40, 50+: +30. The tier with the
/// highest <see cref="QuantityTier.MinQuantity"/> not above the quantity applies; below the first tier nothing does.
/// </summary>
public sealed record QuantityTiers : PriceRule
{
    public QuantityTiers(IEnumerable<QuantityTier> tiers) => Tiers = [.. tiers];

    public IReadOnlyList<QuantityTier> Tiers { get; init => field = [.. value]; }

    internal override void Check(string path, OptionDefinition option, AuthoringContext context)
    {
        if (Tiers.Count == 0)
        {
            context.Add($"{path}.tiers", "Needs at least one tier.");
        }

        for (var i = 0; i < Tiers.Count; i++)
        {
            if (Tiers[i].MinQuantity < 1)
            {
                context.Add($"{path}.tiers[{i}].minQuantity", "Must be at least 1.");
            }
            else if (i > 0 && Tiers[i].MinQuantity <= Tiers[i - 1].MinQuantity)
            {
                context.Add($"{path}.tiers[{i}].minQuantity", "Tiers must be listed by increasing minQuantity.");
            }

            context.CheckMoney($"{path}.tiers[{i}].amount", Tiers[i].Amount, allowNegative: false);
        }
    }

    internal override RuleCharge? Charge(RuleInput input)
    {
        var tier = Tiers.Where(candidate => candidate.MinQuantity <= input.Quantity).MaxBy(candidate => candidate.MinQuantity);
        return tier is null
            ? null
            : new RuleCharge(tier.Amount.Amount, PriceWording.Format(input.Wording.FromQuantity, tier.MinQuantity));
    }
}
