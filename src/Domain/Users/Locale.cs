using System.Text.RegularExpressions;

namespace CustomiseYou.Domain.Users;

/// <summary>Language tags as the regions configure them: a language, optionally with a region (<c>en</c>, <c>hi-IN</c>).</summary>
public static partial class Locale
{
    public const int MaxLength = 10;

    public static bool IsWellFormed(string? locale) => locale is not null && Pattern().IsMatch(locale);

    /// <summary>The language part: <c>hi</c> for <c>hi-IN</c>.</summary>
    public static string LanguageOf(string locale) => locale.Split('-')[0];

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
