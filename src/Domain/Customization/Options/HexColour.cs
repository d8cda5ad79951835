using System.Buffers;

namespace CustomiseYou.Domain.Customization.Options;

/// <summary>Colours as "#RRGGBB"; the canonical form is upper-case so equal colours compare and hash equal.</summary>
public static class HexColour
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsValid(string? value) =>
        value is { Length: 7 } && value[0] == '#' && !value.AsSpan(1).ContainsAnyExcept(HexDigits);

    /// <summary>The upper-case form, or null when the value is not "#RRGGBB".</summary>
    public static string? Normalize(string? value) => IsValid(value) ? value!.ToUpperInvariant() : null;
}
