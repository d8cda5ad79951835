namespace CustomiseYou.Domain.Common;

/// <summary>ISO 4217 currencies the platform trades in, with the number of digits of their minor unit.</summary>
public static class Currency
{
    private static readonly Dictionary<string, int> MinorUnitDigits = new(StringComparer.Ordinal)
    {
        ["INR"] = 2,
        ["EUR"] = 2,
        ["USD"] = 2,
        ["GBP"] = 2,
        ["CHF"] = 2,
        ["SEK"] = 2,
        ["PLN"] = 2,
        ["JPY"] = 0,
        ["KRW"] = 0,
        ["BHD"] = 3,
        ["KWD"] = 3,
    };

    public static bool IsSupported(string? code) => code is not null && MinorUnitDigits.ContainsKey(code);

    public static int DigitsOf(string code) =>
        MinorUnitDigits.TryGetValue(code, out var digits)
            ? digits
            : throw new DomainException(Error.Rule("currency.unsupported", $"Currency '{code}' is not supported."));
}
