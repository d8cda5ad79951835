using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Preview;

/// <summary>How a seller lays customer answers over the product picture to preview the result.</summary>
public sealed record PreviewTemplate
{
    public const int MaxZones = 50;

    public const int MaxCanvasSize = 10_000;

    /// <summary>The product picture: a file-store id the renderer's resolver turns into a safe href.</summary>
    public required string BaseImage { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public IReadOnlyList<PreviewZone> Zones { get; init => field = [.. value]; } = [];

    internal void Check(string path, IReadOnlyDictionary<string, OptionDefinition> optionsByKey, AuthoringContext context)
    {
        if (string.IsNullOrWhiteSpace(BaseImage))
        {
            context.Add($"{path}.baseImage", "Must not be blank.");
        }

        if (Width is < 1 or > MaxCanvasSize)
        {
            context.Add($"{path}.width", $"Must be between 1 and {MaxCanvasSize}.");
        }

        if (Height is < 1 or > MaxCanvasSize)
        {
            context.Add($"{path}.height", $"Must be between 1 and {MaxCanvasSize}.");
        }

        if (Zones.Count > MaxZones)
        {
            context.Add($"{path}.zones", $"Must have at most {MaxZones} zones.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Zones.Count; i++)
        {
            CheckZone($"{path}.zones[{i}]", Zones[i], names, optionsByKey, context);
        }
    }

    private static void CheckZone(
        string path, PreviewZone zone, HashSet<string> names, IReadOnlyDictionary<string, OptionDefinition> optionsByKey, AuthoringContext context)
    {
        if (string.IsNullOrWhiteSpace(zone.Name))
        {
            context.Add($"{path}.name", "Must not be blank.");
        }
        else if (!names.Add(zone.Name))
        {
            context.Add($"{path}.name", $"'{zone.Name}' is used twice.");
        }

        if (!optionsByKey.TryGetValue(zone.OptionKey, out var option))
        {
            context.Add($"{path}.optionKey", $"No option has key '{zone.OptionKey}'.");
        }
        else if (option is not (TextOption or ColourOption or ImageOption))
        {
            context.Add($"{path}.optionKey", $"A zone shows a text, colour or image option; '{option.Key}' is a {option.Kind} option.");
        }

        if (zone.ColourOptionKey is not null && (!optionsByKey.TryGetValue(zone.ColourOptionKey, out var colour) || colour is not ColourOption))
        {
            context.Add($"{path}.colourOptionKey", $"No colour option has key '{zone.ColourOptionKey}'.");
        }

        if (zone.Width <= 0m)
        {
            context.Add($"{path}.width", "Must be greater than 0.");
        }

        if (zone.Height <= 0m)
        {
            context.Add($"{path}.height", "Must be greater than 0.");
        }

        if (zone.Rotation is < -360m or > 360m)
        {
            context.Add($"{path}.rotation", "Must be between -360 and 360 degrees.");
        }

        if (!FontName.IsValid(zone.DefaultFont))
        {
            context.Add($"{path}.defaultFont", "Must be a font name of letters, digits, spaces, '-' or '_'.");
        }

        if (!HexColour.IsValid(zone.DefaultColour))
        {
            context.Add($"{path}.defaultColour", "Must be a colour as #RRGGBB.");
        }
    }
}
