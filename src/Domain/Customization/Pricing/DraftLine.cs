namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>A breakdown line before rounding: its amount is exact.</summary>
internal readonly record struct DraftLine(PriceLineKind Kind, string Label, string? OptionKey, decimal Amount);
