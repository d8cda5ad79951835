using System.Globalization;

namespace CustomiseYou.Application.Common.Localization;

/// <summary>Reads an Accept-Language header (RFC 9110 §12.5.4) and matches it against the locales a region offers.</summary>
public static class AcceptLanguage
{
    /// <summary>The header's tags, highest q first (a missing q is 1; q=0 and "*" dropped).</summary>
    public static IEnumerable<string> ByPreference(string? header) =>
        (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((part, index) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var q = pieces.Skip(1).Where(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                    .Select(p => double.TryParse(p[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0)
                    .DefaultIfEmpty(1).First();
                return (Tag: pieces[0], Q: q, Index: index);
            })
            .Where(c => c.Q > 0 && c.Tag is { Length: > 0 } and not "*")
            .OrderByDescending(c => c.Q).ThenBy(c => c.Index)
            .Select(c => c.Tag);

    /// <summary>
    /// The offered locale (in the region's spelling) for the most preferred tag: the same tag, else the same language
    /// ("de-AT" → "de", "hi" → "hi-IN"); null when the header names none of them.
    /// </summary>
    public static string? Match(string? header, IReadOnlyList<string> offered)
    {
        foreach (var tag in ByPreference(header))
        {
            var match = offered.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase))
                ?? offered.FirstOrDefault(l => string.Equals(LanguageOf(l), LanguageOf(tag), StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private static string LanguageOf(string tag) => tag.Split('-', '_')[0];
}
