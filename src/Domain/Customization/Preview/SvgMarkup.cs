using System.Text;
using System.Xml;

namespace CustomiseYou.Domain.Customization.Preview;

/// <summary>
/// A minimal SVG writer. Element and attribute names are the renderer's own constants; every value and text passes
/// through <see cref="Escape"/>, which escapes all five XML specials and drops characters XML cannot carry.
/// </summary>
internal sealed class SvgMarkup
{
    private readonly StringBuilder _builder = new();

    public int Length => _builder.Length;

    public void Open(string name, params (string Name, string Value)[] attributes) => StartTag(name, attributes).Append('>');

    public void Empty(string name, params (string Name, string Value)[] attributes) => StartTag(name, attributes).Append("/>");

    public void Close(string name) => _builder.Append("</").Append(name).Append('>');

    public void Text(string content) => _builder.Append(Escape(content));

    public override string ToString() => _builder.ToString();

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&apos;"),
                _ when XmlConvert.IsXmlChar(c) => escaped.Append(c),
                _ => escaped, // lone surrogates and control characters cannot appear in XML at all
            };
        }

        return escaped.ToString();
    }

    private StringBuilder StartTag(string name, (string Name, string Value)[] attributes)
    {
        _builder.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            _builder.Append(' ').Append(attribute).Append("=\"").Append(Escape(value)).Append('"');
        }

        return _builder;
    }
}
