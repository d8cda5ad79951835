using System.Globalization;

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
        candidates.AddRange(ByPreference(acceptLanguage));
        candidates.AddRange(regionLocales);
        return candidates.Select(Language).FirstOrDefault(language => language is not null && Supported.Contains(language)) ?? Fallback;
    }

    /// <summary>"de-DE" → "de"; null for anything without a language subtag.</summary>
    private static string? Language(string? tag)
    {
        var language = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(language) ? null : language;
    }

    /// <summary>Accept-Language tags, highest q first (a missing q is 1).</summary>
    private static IEnumerable<string> ByPreference(string? acceptLanguage) =>
        (acceptLanguage ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((part, index) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var q = pieces.Skip(1).Where(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                    .Select(p => double.TryParse(p[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0)
                    .DefaultIfEmpty(1).First();
                return (Tag: pieces[0], Q: q, Index: index);
            })
            .Where(c => c.Q > 0 && c.Tag != "*")
            .OrderByDescending(c => c.Q).ThenBy(c => c.Index)
            .Select(c => c.Tag);
}
