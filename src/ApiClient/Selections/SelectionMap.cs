using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CustomiseYou.ApiClient.Selections;

/// <summary>
/// Typed access to the generated selection maps: requests (<c>QuoteRequest_selections</c>, <c>AddCartItemCommand_selections</c>,
/// <c>PreviewRequest_selections</c>) are filled with <see cref="Of{TMap}"/>; snapshots (<c>QuoteDto_selection</c>,
/// <c>CartLineDto_selection</c>, <c>OrderItemDto_selection</c>) are read with <see cref="Read"/>.
/// </summary>
public static class SelectionMap
{
    public static TMap Of<TMap>(params (string Key, SelectionValue Value)[] answers)
        where TMap : IAdditionalDataHolder, new()
    {
        var map = new TMap();
        foreach (var (key, value) in answers)
        {
            map.AdditionalData[key] = value.ToNode();
        }

        return map;
    }

    /// <summary>
    /// The answers of a snapshot. Kiota's JSON reader turns strings that look like a date or a GUID into those types; they
    /// are turned back into the API's text (a date as yyyy-MM-dd, the only date form a selection holds).
    /// </summary>
    public static IReadOnlyDictionary<string, SelectionValue> Read(IAdditionalDataHolder? map) =>
        (map?.AdditionalData ?? new Dictionary<string, object>())
            .Where(answer => answer.Value is not null)
            .ToDictionary(answer => answer.Key, answer => FromParsed(answer.Value), StringComparer.Ordinal);

    private static SelectionValue FromParsed(object value) => value switch
    {
        string text => SelectionValue.Of(text),
        DateTime { TimeOfDay.Ticks: 0 } date => SelectionValue.Of(DateOnly.FromDateTime(date)),
        DateTime moment => SelectionValue.Of(moment.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset moment => SelectionValue.Of(moment.ToString("O", CultureInfo.InvariantCulture)),
        Guid id => SelectionValue.Upload(id),
        UntypedArray keys => SelectionValue.OfChoices([.. keys.GetValue().Select(Text)]),
        UntypedObject engraving => SelectionValue.TextInFont(Property(engraving, "text"), Property(engraving, "font")),
        UntypedNode node => FromParsed(Scalar(node)),
        IConvertible number => SelectionValue.Of(number.ToDecimal(CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"A selection holds no {value.GetType().Name}."),
    };

    private static object Scalar(UntypedNode node) => node switch
    {
        UntypedString text => text.GetValue() ?? "",
        UntypedDecimal number => number.GetValue(),
        UntypedDouble number => number.GetValue(),
        UntypedFloat number => number.GetValue(),
        UntypedInteger number => number.GetValue(),
        UntypedLong number => number.GetValue(),
        _ => throw new FormatException($"A selection holds no {node.GetType().Name}."),
    };

    private static string Property(UntypedObject node, string name) => node.GetValue().TryGetValue(name, out var value) ? Text(value) : "";

    private static string Text(UntypedNode? node) => node is UntypedString text ? text.GetValue() ?? "" : "";
}
