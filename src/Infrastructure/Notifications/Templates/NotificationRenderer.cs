using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Notifications.Templates;

/// <summary>
/// Fills a template for one recipient: <c>{placeholder}</c>s from the notification's values, <c>{name}</c>,
/// <c>{shop}</c> and <c>{amount}</c> (in the recipient's number format). In the HTML body every piece of text,
/// template or value, is HTML-encoded, so a value such as a cancellation reason cannot inject markup.
/// </summary>
public sealed partial class NotificationRenderer(NotificationTemplateCatalog catalog)
{
    // Letters of every script stay readable; only characters with a meaning in HTML are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.Ordinal)
    {
        ["INR"] = "₹",
        ["EUR"] = "€",
        ["USD"] = "$",
        ["GBP"] = "£",
        ["JPY"] = "¥",
    };

    public RenderedMessage Render(
        Tenant tenant, string locale, string templateKey, string recipientName, IReadOnlyDictionary<string, string> values, Money? amount)
    {
        var (template, usedLocale) = catalog.Resolve(tenant.Id, locale, templateKey);
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
        {
            [TemplateValues.Name] = recipientName,
            [TemplateValues.Shop] = tenant.Name,
        };
        if (amount is not null)
        {
            all[TemplateValues.Amount] = FormatMoney(amount, CultureInfo.GetCultureInfo(locale));
        }

        string Plain(string text) => Fill(templateKey, text, all, encode: false);
        string Encoded(string text) => Fill(templateKey, text, all, encode: true);
        var footer = catalog.Footer(tenant.Id, locale);

        var subject = Plain(template.Subject);
        var text = new StringBuilder().AppendJoin("\n\n", template.Body.Select(Plain));
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.Encode(usedLocale)).Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(Html.Encode(subject))
            .Append("</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5\">\n");
        foreach (var paragraph in template.Body)
        {
            html.Append("<p>").Append(Encoded(paragraph)).Append("</p>\n");
        }

        if (footer.Length > 0)
        {
            text.Append("\n\n-- \n").Append(Plain(footer));
            html.Append("<hr style=\"border:none;border-top:1px solid #ddd\">\n<p style=\"color:#666;font-size:12px\">")
                .Append(Encoded(footer)).Append("</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return new RenderedMessage(usedLocale, subject, Plain(template.Summary), text.ToString(), html.ToString());
    }

    /// <summary>The amount in the currency's digits with its symbol, grouped and placed as the language writes money.</summary>
    public static string FormatMoney(Money money, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = CurrencySymbols.GetValueOrDefault(money.Currency, money.Currency);
        format.CurrencyDecimalDigits = Currency.DigitsOf(money.Currency);
        return money.Round().Amount.ToString("C", format);
    }

    private static string Fill(string templateKey, string text, IReadOnlyDictionary<string, string> values, bool encode)
    {
        var result = new StringBuilder(text.Length * 2);
        var position = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            var name = placeholder.Groups[1].Value;
            var value = values.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"Template '{templateKey}' uses {{{name}}}, which the notification does not supply.");
            result.Append(encode ? Html.Encode(text[position..placeholder.Index]) : text[position..placeholder.Index]);
            result.Append(encode ? Html.Encode(value) : value);
            position = placeholder.Index + placeholder.Length;
        }

        result.Append(encode ? Html.Encode(text[position..]) : text[position..]);
        return result.ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    public static partial Regex Placeholder();
}
