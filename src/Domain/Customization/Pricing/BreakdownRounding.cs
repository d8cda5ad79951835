using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Pricing;

/// <summary>
/// Rounds the exact sum once, half-even, to the currency's minor unit, then rounds the lines so they add up to it
/// exactly: every line is floored to minor units and the missing units go, one each, to the lines with the largest
/// remainders (ties to the earlier line). Rounding each line on its own could be off by a few minor units.
/// </summary>
internal static class BreakdownRounding
{
    public static (IReadOnlyList<PriceLine> Lines, Money UnitPrice) Round(IReadOnlyList<DraftLine> lines, string currency)
    {
        var digits = Currency.DigitsOf(currency);
        var minorUnit = new decimal(1, 0, 0, false, (byte)digits); // 0.01 for two digits, with that scale
        var exactMinor = lines.Select(line => line.Amount / minorUnit).ToArray();
        var unitMinor = decimal.Round(exactMinor.Sum(), 0, MidpointRounding.ToEven);

        var roundedMinor = exactMinor.Select(decimal.Floor).ToArray();
        var missing = (int)(unitMinor - roundedMinor.Sum()); // between 0 and the number of lines
        var byRemainder = Enumerable.Range(0, lines.Count)
            .OrderByDescending(i => exactMinor[i] - roundedMinor[i])
            .ThenBy(i => i)
            .Take(missing)
            .ToList();
        foreach (var i in byRemainder)
        {
            roundedMinor[i] += 1m;
        }

        var rounded = lines
            .Select((line, i) => new PriceLine(line.Kind, line.Label, Money.Of(roundedMinor[i] * minorUnit, currency)) { OptionKey = line.OptionKey })
            .ToList();
        return (rounded.AsReadOnly(), Money.Of(unitMinor * minorUnit, currency));
    }
}
