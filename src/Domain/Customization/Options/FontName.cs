namespace CustomiseYou.Domain.Customization.Options;

/// <summary>
/// A font family name a seller may offer. Restricted to letters, digits, spaces, '-' and '_' so it can be placed in
/// an SVG attribute without smuggling CSS (url(), quotes) into the preview.
/// </summary>
public static class FontName
{
    public const int MaxLength = 60;

    public static bool IsValid(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxLength
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_');
}
