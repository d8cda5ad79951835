using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>A colour as "#RRGGBB": one of the palette, or any colour when the seller allows free hex.</summary>
public sealed record ColourOption : OptionDefinition
{
    public override string Kind => "colour";

    public IReadOnlyList<PaletteColour> Palette { get; init => field = [.. value]; } = [];

    public bool AllowCustomHex { get; init; }

    internal override void CheckDefinition(string path, AuthoringContext context)
    {
        if (Palette.Count == 0 && !AllowCustomHex)
        {
            context.Add($"{path}.palette", "Needs at least one colour unless any hex colour is allowed.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Palette.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Palette[i].Name))
            {
                context.Add($"{path}.palette[{i}].name", "Must not be blank.");
            }

            if (HexColour.Normalize(Palette[i].Hex) is not { } hex)
            {
                context.Add($"{path}.palette[{i}].hex", "Must be a colour as #RRGGBB.");
            }
            else if (!seen.Add(hex))
            {
                context.Add($"{path}.palette[{i}].hex", $"{hex} is listed twice.");
            }
        }
    }

    internal override SelectionValue? Accept(SelectionValue raw, SelectionContext context, List<string> errors)
    {
        if (raw.Kind != SelectionValueKind.Text || HexColour.Normalize(raw.Text!.Trim()) is not { } hex)
        {
            errors.Add("Must be a colour as #RRGGBB.");
            return null;
        }

        if (!AllowCustomHex && !Palette.Any(colour => string.Equals(HexColour.Normalize(colour.Hex), hex, StringComparison.Ordinal)))
        {
            errors.Add($"{hex} is not one of the offered colours.");
            return null;
        }

        return SelectionValue.OfText(hex);
    }

    internal override bool Matches(SelectionValue value, string conditionValue) =>
        string.Equals(value.Text, HexColour.Normalize(conditionValue), StringComparison.Ordinal);

    internal override string? ExplainImpossibleConditionValue(string conditionValue) =>
        HexColour.IsValid(conditionValue) ? null : "Must be a colour as #RRGGBB.";
}
