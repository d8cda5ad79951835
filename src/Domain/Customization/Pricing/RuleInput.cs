using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// What a rule may price on: the answered option, its normalised value, the base price and the quantity; and the
/// wording its detail is written in.
/// </summary>
internal readonly record struct RuleInput(OptionDefinition Option, SelectionValue Value, decimal BasePrice, int Quantity, PriceWording Wording);
