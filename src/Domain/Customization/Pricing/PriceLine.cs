using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>One line of a unit price breakdown, rounded to the currency's minor unit.</summary>
public sealed record PriceLine(PriceLineKind Kind, string Label, Money Amount)
{
    /// <summary>The option the line belongs to; null for the base price, the cap and the floor.</summary>
    public string? OptionKey { get; init; }
}
