using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CustomiseYou.ApiClient.Selections;

/// <summary>
/// One answer of a customisation selection, as the document's <c>SelectionValue</c>: a text (also a choice key, a hex
/// colour, a yyyy-MM-dd date or an upload id), a number, several choice keys, or a text with a font. Written by hand:
/// Kiota generates no typed maps (microsoft/kiota#62), so the generated <c>*_selections</c> classes hold their answers in
/// <c>AdditionalData</c>; <see cref="SelectionMap"/> fills and reads them through this type.
/// </summary>
public sealed class SelectionValue : IEquatable<SelectionValue>
{
    private SelectionValue(string? text, decimal? number, IReadOnlyList<string>? choices, string? font)
    {
        Text = text;
        Number = number;
        Choices = choices;
        Font = font;
    }

    /// <summary>The text, choice key, colour, date or upload id; with <see cref="Font"/>, the engraved text.</summary>
    public string? Text { get; }

    public decimal? Number { get; }

    /// <summary>The choice keys of a multiple-choice option.</summary>
    public IReadOnlyList<string>? Choices { get; }

    /// <summary>One of a text option's fonts.</summary>
    public string? Font { get; }

    public static SelectionValue Of(string text) => new(text, null, null, null);

    public static SelectionValue Of(decimal number) => new(null, number, null, null);

    public static SelectionValue Of(DateOnly date) => Of(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static SelectionValue Upload(Guid uploadId) => Of(uploadId.ToString());

    public static SelectionValue OfChoices(params string[] keys) => new(null, null, [.. keys], null);

    public static SelectionValue TextInFont(string text, string font) => new(text, null, null, font);

    /// <summary>The value as the JSON serializer of the generated client writes it.</summary>
    internal UntypedNode ToNode() => this switch
    {
        { Number: { } number } => new UntypedDecimal(number),
        { Choices: { } choices } => new UntypedArray([.. choices.Select(c => new UntypedString(c))]),
        { Font: { } font } => new UntypedObject(
            new Dictionary<string, UntypedNode> { ["text"] = new UntypedString(Text), ["font"] = new UntypedString(font) }),
        _ => new UntypedString(Text),
    };

    public bool Equals(SelectionValue? other) =>
        other is not null && Text == other.Text && Number == other.Number && Font == other.Font
        && (Choices ?? []).SequenceEqual(other.Choices ?? []) && (Choices is null) == (other.Choices is null);

    public override bool Equals(object? obj) => Equals(obj as SelectionValue);

    public override int GetHashCode() => HashCode.Combine(Text, Number, Font, Choices?.Count);

    public override string ToString() => this switch
    {
        { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
        { Choices: { } choices } => $"[{string.Join(", ", choices)}]",
        { Font: { } font } => $"{Text} ({font})",
        _ => Text ?? "",
    };
}
