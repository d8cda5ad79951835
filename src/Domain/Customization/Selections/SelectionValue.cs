using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>
/// A customer's answer to one option: a string (text, choice key, hex colour, upload id, yyyy-MM-dd date), a number
/// or a list of strings (several choice keys). A text answer may also name one of the option's fonts.
/// </summary>
public sealed class SelectionValue : ValueObject
{
    private SelectionValue(SelectionValueKind kind, string? text, decimal? number, IReadOnlyList<string> items, string? font)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Items = items;
        Font = font;
    }

    public SelectionValueKind Kind { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="SelectionValueKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="SelectionValueKind.Number"/>.</summary>
    public decimal? Number { get; }

    /// <summary>The picks when <see cref="Kind"/> is <see cref="SelectionValueKind.List"/>; empty otherwise.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The font picked for a text answer, if any.</summary>
    public string? Font { get; }

    public static SelectionValue OfText(string text, string? font = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SelectionValue(SelectionValueKind.Text, text, null, [], string.IsNullOrWhiteSpace(font) ? null : font);
    }

    public static SelectionValue OfNumber(decimal number) => new(SelectionValueKind.Number, null, number, [], null);

    public static SelectionValue OfList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        string[] copy = [.. items];
        if (copy.Any(item => item is null))
        {
            throw new ArgumentException("A list answer cannot contain null.", nameof(items));
        }

        return new SelectionValue(SelectionValueKind.List, null, null, copy.AsReadOnly(), null);
    }

    /// <summary>Nothing was really answered: blank text or an empty list. Treated like a missing answer.</summary>
    internal bool IsBlank => Kind switch
    {
        SelectionValueKind.Text => string.IsNullOrWhiteSpace(Text),
        SelectionValueKind.List => Items.Count == 0,
        _ => false,
    };

    /// <summary>The individual values a condition can compare against.</summary>
    internal IEnumerable<string> Atoms => Kind switch
    {
        SelectionValueKind.Text => [Text!],
        SelectionValueKind.Number => [CanonicalJson.Number(Number!.Value)],
        _ => Items,
    };

    public override string ToString() => CanonicalJson.Value(this);

    protected override IEnumerable<object?> GetEqualityComponents()
    {
        yield return Kind;
        yield return Text;
        yield return Number;
        yield return Font;
        yield return Items.Count;
        foreach (var item in Items)
        {
            yield return item;
        }
    }
}
