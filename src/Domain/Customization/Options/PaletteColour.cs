namespace CustomiseYou.Domain.Customization.Options;

/// <summary>A named colour a seller offers, e.g. ("Forest green", "#228B22").</summary>
public sealed record PaletteColour(string Name, string Hex);
