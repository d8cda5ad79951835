using System.Globalization;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Domain.Customization.Preview;

/// <summary>
/// Renders a schema's preview template with a normalised selection as a self-contained SVG: text in text zones,
/// fills for colour zones, images only through the caller's resolver and only when <see cref="SafeImageHref"/>
/// accepts the href. Output is bounded; oversize text or output is refused rather than cut silently.
/// </summary>
public static class SvgPreviewRenderer
{
    public const int MaxOutputLength = 64 * 1024;

    public const int MaxTextLengthPerZone = 500;

    private const string FallbackFont = "serif";

    private const string FallbackColour = "#000000";

    /// <param name="resolveImageHref">Turns the base image id or an upload id into an href, or null.</param>
    public static Result<string> Render(
        CustomizationSchema schema, NormalizedSelection selection, Func<string, string?> resolveImageHref)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(resolveImageHref);
        if (schema.Preview is not { } template)
        {
            return Error.Rule("customization.preview_missing", "This product has no preview template.");
        }

        var svg = new SvgMarkup();
        svg.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", Number(template.Width)), ("height", Number(template.Height)),
            ("viewBox", $"0 0 {Number(template.Width)} {Number(template.Height)}"));
        AppendImage(svg, resolveImageHref(template.BaseImage), 0m, 0m, template.Width, template.Height);
        foreach (var zone in template.Zones)
        {
            if (!selection.Values.TryGetValue(zone.OptionKey, out var value))
            {
                continue; // unanswered or hidden: the zone stays empty
            }

            if (schema.FindOption(zone.OptionKey) is TextOption && value.Text?.Length > MaxTextLengthPerZone)
            {
                return Error.Rule(
                    "customization.preview_text_too_long", $"Text for zone '{zone.Name}' is longer than {MaxTextLengthPerZone} characters.");
            }

            AppendZone(svg, schema, zone, value, selection, resolveImageHref);
            if (svg.Length > MaxOutputLength)
            {
                return TooLarge();
            }
        }

        svg.Close("svg");
        return svg.Length > MaxOutputLength ? TooLarge() : svg.ToString();
    }

    private static void AppendZone(
        SvgMarkup svg,
        CustomizationSchema schema,
        PreviewZone zone,
        SelectionValue value,
        NormalizedSelection selection,
        Func<string, string?> resolveImageHref)
    {
        var centreX = zone.X + (zone.Width / 2m);
        var centreY = zone.Y + (zone.Height / 2m);
        svg.Open("g", zone.Rotation == 0m
            ? [("data-zone", zone.Name)]
            : [("data-zone", zone.Name), ("transform", $"rotate({Number(zone.Rotation)} {Number(centreX)} {Number(centreY)})")]);
        switch (schema.FindOption(zone.OptionKey))
        {
            case TextOption when value.Text is not null:
                AppendText(svg, zone, value, TextColour(zone, selection), centreX);
                break;
            case ColourOption when HexColour.Normalize(value.Text) is { } fill:
                svg.Empty(
                    "rect",
                    ("x", Number(zone.X)),
                    ("y", Number(zone.Y)),
                    ("width", Number(zone.Width)),
                    ("height", Number(zone.Height)),
                    ("fill", fill));
                break;
            case ImageOption when value.Text is not null:
                AppendImage(svg, resolveImageHref(value.Text), zone.X, zone.Y, zone.Width, zone.Height);
                break;
        }

        svg.Close("g");
    }

    private static void AppendText(SvgMarkup svg, PreviewZone zone, SelectionValue value, string colour, decimal centreX)
    {
        var lines = value.Text!.Split('\n');
        var lineHeight = zone.Height / lines.Length;
        var font = FontName.IsValid(value.Font) ? value.Font! : FontName.IsValid(zone.DefaultFont) ? zone.DefaultFont : FallbackFont;
        svg.Open("text", ("x", Number(centreX)), ("font-family", font), ("font-size", Number(lineHeight * 0.8m)), ("fill", colour),
            ("text-anchor", "middle"), ("dominant-baseline", "central"));
        for (var i = 0; i < lines.Length; i++)
        {
            svg.Open("tspan", ("x", Number(centreX)), ("y", Number(zone.Y + (lineHeight * (i + 0.5m)))));
            svg.Text(lines[i]);
            svg.Close("tspan");
        }

        svg.Close("text");
    }

    private static void AppendImage(SvgMarkup svg, string? href, decimal x, decimal y, decimal width, decimal height)
    {
        if (SafeImageHref.IsAllowed(href))
        {
            svg.Empty("image", ("href", href!), ("x", Number(x)), ("y", Number(y)), ("width", Number(width)), ("height", Number(height)),
                ("preserveAspectRatio", "xMidYMid meet"));
        }
    }

    private static string TextColour(PreviewZone zone, NormalizedSelection selection)
    {
        if (zone.ColourOptionKey is not null
            && selection.Values.TryGetValue(zone.ColourOptionKey, out var colour)
            && HexColour.Normalize(colour.Text) is { } picked)
        {
            return picked;
        }

        return HexColour.Normalize(zone.DefaultColour) ?? FallbackColour;
    }

    private static Error TooLarge() =>
        Error.Rule("customization.preview_too_large", $"The preview would be larger than {MaxOutputLength} characters.");

    private static string Number(decimal value) => decimal.Round(value, 2, MidpointRounding.ToEven).ToString("0.##", CultureInfo.InvariantCulture);
}
