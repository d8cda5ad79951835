using System.Text.Json;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Application.Customization.Common;

/// <summary>
/// JSON selections to domain values: a string (text, a single choice, a colour, a date, an upload id), a number,
/// an array of strings (several choices), or <c>{ "text": "...", "font": "..." }</c>.
/// </summary>
public static class SelectionParser
{
    public const int MaxKeys = 100;

    public static Result<IReadOnlyDictionary<string, SelectionValue>> Parse(IReadOnlyDictionary<string, JsonElement>? selections)
    {
        var values = new Dictionary<string, SelectionValue>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, element) in selections ?? new Dictionary<string, JsonElement>())
        {
            if (ToValue(element) is { } value)
            {
                values[key] = value;
            }
            else
            {
                errors[key] = ["Must be a string, a number, a list of strings or { text, font }."];
            }
        }

        return errors.Count == 0
            ? values
            : new Error("customization.selection_invalid", "The selection has errors.", ErrorType.RuleViolation) { Details = errors };
    }

    /// <summary>The stored canonical JSON of a normalised selection, back into values to re-validate and re-price.</summary>
    public static IReadOnlyDictionary<string, SelectionValue> FromCanonicalJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .ToDictionary(
                p => p.Name,
                p => ToValue(p.Value) ?? throw new InvalidOperationException($"Stored selection '{p.Name}' is malformed."),
                StringComparer.Ordinal);
    }

    private static SelectionValue? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => SelectionValue.OfText(element.GetString()!),
        JsonValueKind.Number when element.TryGetDecimal(out var number) => SelectionValue.OfNumber(number),
        JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            SelectionValue.OfList(element.EnumerateArray().Select(e => e.GetString()!)),
        JsonValueKind.Object when element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String =>
            SelectionValue.OfText(
                text.GetString()!,
                element.TryGetProperty("font", out var font) && font.ValueKind == JsonValueKind.String ? font.GetString() : null),
        _ => null,
    };
}
