using CustomiseYou.Application.Common.Localization;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>
/// The language of an export's README: the one asked for, else the best of Accept-Language, else the region's first
/// locale; English when none is written.
/// </summary>
public static class ExportLocale
{
    public const string Fallback = "en";

    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal) { "en", "de", "hi" };

    public static string Resolve(string? requested, string? acceptLanguage, IReadOnlyList<string> regionLocales)
    {
        var candidates = new List<string?> { requested };
        candidates.AddRange(AcceptLanguage.ByPreference(acceptLanguage));
        candidates.AddRange(regionLocales);
        return candidates.Select(Language).FirstOrDefault(language => language is not null && Supported.Contains(language)) ?? Fallback;
    }

    /// <summary>"de-DE" → "de"; null for anything without a language subtag.</summary>
    private static string? Language(string? tag)
    {
        var language = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(language) ? null : language;
    }
}
