using System.Globalization;
using System.Text;

namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>
/// One spelling per meaning: keys in ordinal order, no whitespace, numbers without trailing zeros, minimal string
/// escapes. Equal normalised selections therefore give byte-equal text, which carts hash to merge identical lines.
/// </summary>
internal static class CanonicalJson
{
    public static string Object(IEnumerable<KeyValuePair<string, SelectionValue>> values)
    {
        var builder = new StringBuilder("{");
        foreach (var (key, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            AppendString(builder, key);
            builder.Append(':');
            AppendValue(builder, value);
        }

        return builder.Append('}').ToString();
    }

    public static string Value(SelectionValue value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, value);
        return builder.ToString();
    }

    /// <summary>12.50 and 12.5 are the same number, so both are written "12.5".</summary>
    public static string Number(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void AppendValue(StringBuilder builder, SelectionValue value)
    {
        switch (value.Kind)
        {
            case SelectionValueKind.Number:
                builder.Append(Number(value.Number!.Value));
                break;
            case SelectionValueKind.List:
                builder.Append('[');
                for (var i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendString(builder, value.Items[i]);
                }

                builder.Append(']');
                break;
            case SelectionValueKind.Text when value.Font is not null:
                builder.Append("{\"font\":");
                AppendString(builder, value.Font);
                builder.Append(",\"text\":");
                AppendString(builder, value.Text!);
                builder.Append('}');
                break;
            default:
                AppendString(builder, value.Text!);
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                < ' ' => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        builder.Append('"');
    }
}
