namespace CustomiseYou.Domain.Customization;

/// <summary>Picks the text of a locale -> text map for a customer, falling back so a label is never blank.</summary>
public static class LocalizedLabels
{
    /// <summary>
    /// Exact locale ("hi-IN"), then its language ("hi"), then English, then the first locale in ordinal order: a caller
    /// whose language the seller did not write reads the common language before an arbitrary one.
    /// </summary>
    public static string Resolve(IReadOnlyDictionary<string, string> labels, string? locale)
    {
        ArgumentNullException.ThrowIfNull(labels);
        string[] candidates = locale is null ? ["en"] : [locale, locale.Split('-')[0], "en"];
        foreach (var candidate in candidates)
        {
            var match = labels.FirstOrDefault(pair => string.Equals(pair.Key, candidate, StringComparison.OrdinalIgnoreCase));
            if (match.Value is not null)
            {
                return match.Value;
            }
        }

        return labels.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).FirstOrDefault() ?? string.Empty;
    }

    /// <summary>Copies the caller's map so later changes to it cannot alter a published schema.</summary>
    internal static IReadOnlyDictionary<string, string> Freeze(IReadOnlyDictionary<string, string> labels) =>
        new Dictionary<string, string>(labels, StringComparer.Ordinal).AsReadOnly();
}
