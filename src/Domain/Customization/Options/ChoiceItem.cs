using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>One pick of a choice option, e.g. "large" with a price adjustment and extra lead time.</summary>
public sealed record ChoiceItem
{
    /// <summary>Stable key stored in selections; same format as an option key.</summary>
    public required string Value { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init => field = LocalizedLabels.Freeze(value); }

    /// <summary>Added to the unit price when picked; may be negative (e.g. "no gift box").</summary>
    public Money? PriceAdjustment { get; init; }

    /// <summary>Extra days to make the item when this is picked.</summary>
    public int LeadTimeDays { get; init; }

    /// <summary>Optional picture of the choice (a file-store id or same-origin path).</summary>
    public string? ImageReference { get; init; }
}
