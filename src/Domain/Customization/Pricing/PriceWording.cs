using System.Globalization;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// The platform's own words in a price breakdown (the seller writes the option labels; these are ours), in the
/// languages the regions offer. A locale without a table here reads English, like a label without a translation.
/// </summary>
internal sealed record PriceWording(
    string BasePrice,
    string Characters,
    string PercentOfBase,
    string FromQuantity,
    string OptionMinimum,
    string OptionMaximum,
    string SurchargeCap,
    string PriceFloor)
{
    private static readonly PriceWording English = new(
        "Base price", "{0} characters × {1}", "{0}% of base price", "quantity {0}+", "{0}: minimum charge {1}", "{0}: capped at {1}",
        "Customisation capped at {0}", "Price cannot go below zero");

    private static readonly Dictionary<string, PriceWording> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["de"] = new(
            "Grundpreis", "{0} Zeichen × {1}", "{0} % des Grundpreises", "ab {0} Stück", "{0}: Mindestpreis {1}", "{0}: höchstens {1}",
            "Personalisierung höchstens {0}", "Der Preis kann nicht unter null fallen"),
        ["fr"] = new(
            "Prix de base", "{0} caractères × {1}", "{0} % du prix de base", "à partir de {0} pièces", "{0} : minimum {1}",
            "{0} : plafonné à {1}", "Personnalisation plafonnée à {0}", "Le prix ne peut pas être négatif"),
        ["hi"] = new(
            "मूल कीमत", "{0} अक्षर × {1}", "मूल कीमत का {0}%", "{0}+ की मात्रा", "{0}: न्यूनतम शुल्क {1}", "{0}: अधिकतम {1}",
            "अनुकूलन शुल्क अधिकतम {0}", "कीमत शून्य से कम नहीं हो सकती"),
    };

    /// <summary>The table for <paramref name="locale"/>'s language ("hi-IN" → hi), English when there is none.</summary>
    public static PriceWording For(string? locale) =>
        locale is not null && ByLanguage.TryGetValue(locale.Split('-')[0], out var wording) ? wording : English;

    /// <summary>Fills a template; numbers and amounts are written invariantly, as everywhere else in a breakdown.</summary>
    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
