using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// The rules every JSON request body meets before it is bound, whatever the operation: each string and property name is
/// valid Unicode (no lone surrogate such as <c>"\udfff"</c>, no invalid UTF-8) without NUL characters, and no array holds
/// <c>null</c>. The binder accepts all of these, but <see cref="JsonElement.GetString"/> throws on bad text and PostgreSQL
/// refuses NUL in text, so they would surface as 500s deep inside a use case; here they are 400s naming the field.
/// </summary>
public static class JsonTextRules
{
    public const string InvalidText = "Must be valid Unicode text: a lone surrogate or invalid UTF-8 was sent.";
    public const string NulCharacter = "Must not contain the NUL character (U+0000).";
    public const string NullElement = "Must not be null.";
    public const string InvalidName = "A property name is not valid Unicode text or contains the NUL character (U+0000).";

    private static readonly System.Buffers.SearchValues<char> SpecialCharacters =
        System.Buffers.SearchValues.Create(".' /\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>Field errors by camelCase path as the client spelled it (<c>options[2].choices[0]</c>); empty when the body is clean.</summary>
    /// <remarks>Malformed JSON is left to the binder, which reports it with its own path.</remarks>
    public static Dictionary<string, string[]> Check(ReadOnlySpan<byte> json, int maxDepth)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var path = new List<Segment>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                Visit(ref reader, path, errors);
            }
        }
        catch (JsonException)
        {
            // Not JSON, too deep or truncated: the binder answers 400 for it; report only what was found before.
            return errors;
        }

        return errors;
    }

    private static void Visit(ref Utf8JsonReader reader, List<Segment> path, Dictionary<string, string[]> errors)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                var name = Text(ref reader);
                path[^1] = path[^1] with { Name = null };
                if (name is null || name.Contains('\0', StringComparison.Ordinal))
                {
                    errors.TryAdd(Format(path), [InvalidName]);
                    name = "?";
                }

                path[^1] = path[^1] with { Name = name };
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                path.RemoveAt(path.Count - 1);
                return;
        }

        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                path.Add(new Segment(IsArray: false, Name: null, Index: -1));
                break;
            case JsonTokenType.StartArray:
                path.Add(new Segment(IsArray: true, Name: null, Index: -1));
                break;
            case JsonTokenType.Null when path.Count > 0 && path[^1].IsArray:
                errors.TryAdd(Format(path), [NullElement]);
                break;
            case JsonTokenType.String:
                var text = Text(ref reader);
                if (text is null)
                {
                    errors.TryAdd(Format(path), [InvalidText]);
                }
                else if (text.Contains('\0', StringComparison.Ordinal))
                {
                    errors.TryAdd(Format(path), [NulCharacter]);
                }

                break;
        }
    }

    /// <summary>The decoded text, or null when it is not valid Unicode.</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            // Unescaped text cannot hold NUL (JSON forbids raw control characters); only its UTF-8 can be broken.
            return Utf8.IsValid(reader.ValueSpan) ? Encoding.UTF8.GetString(reader.ValueSpan) : null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // The reader's own verdict on an escaped lone surrogate or broken UTF-8: exactly the case this check exists for.
            return null;
        }
    }

    private static string Format(List<Segment> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.IsArray)
            {
                if (segment.Index >= 0)
                {
                    text.Append('[').Append(segment.Index).Append(']');
                }
            }
            else if (segment.Name is { } name)
            {
                if (IsPlainName(name))
                {
                    text.Append(text.Length == 0 ? string.Empty : ".").Append(name);
                }
                else
                {
                    text.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        return text.Length == 0 ? "body" : text.ToString();
    }

    /// <summary>As System.Text.Json writes paths: <c>a.b</c>, or <c>a['b c']</c> when the name has a special character.</summary>
    private static bool IsPlainName(string name) => name.Length > 0 && name.AsSpan().IndexOfAny(SpecialCharacters) < 0;

    /// <summary>One level of the path: an object (with the property being read) or an array (with the element's index).</summary>
    private readonly record struct Segment(bool IsArray, string? Name, int Index);
}
