namespace CustomiseYou.Domain.Customization.Preview;

/// <summary>
/// A rectangle of the preview canvas showing one option: text is written in it, a colour fills it, an uploaded image
/// is placed in it. Rotation is in degrees around the zone's centre.
/// </summary>
public sealed record PreviewZone
{
    public required string Name { get; init; }

    /// <summary>The text, colour or image option shown in the zone.</summary>
    public required string OptionKey { get; init; }

    public decimal X { get; init; }

    public decimal Y { get; init; }

    public required decimal Width { get; init; }

    public required decimal Height { get; init; }

    public decimal Rotation { get; init; }

    /// <summary>Font for text when the customer picked none.</summary>
    public string DefaultFont { get; init; } = "serif";

    /// <summary>Text colour when no colour option is bound or it is unanswered.</summary>
    public string DefaultColour { get; init; } = "#000000";

    /// <summary>A colour option whose answer colours this zone's text.</summary>
    public string? ColourOptionKey { get; init; }
}
