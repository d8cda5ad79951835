using System.Text.Json;

namespace CustomiseYou.Infrastructure.Privacy;

internal static class ExportJson
{
    /// <summary>Stored JSON (a selection, a payload) as nested JSON in the export rather than an escaped string.</summary>
    public static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static IReadOnlyDictionary<string, string> Texts(string en, string de, string hi) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = en, ["de"] = de, ["hi"] = hi };
}
