using System.Globalization;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Models;

/// <summary>Money on the wire: <c>{ "amount": 1299.00, "currency": "INR" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    /// <summary>Written with the currency's own digits (1299.00 INR, not the stored 1299.0000).</summary>
    public static MoneyDto From(Money money)
    {
        var digits = Domain.Common.Currency.DigitsOf(money.Currency);
        var rounded = decimal.Round(money.Amount, digits, MidpointRounding.ToEven);
        // Re-parsed from fixed-point text so the scale is exactly the currency's digits, whatever the store returned.
        return new(decimal.Parse(rounded.ToString("F" + digits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), money.Currency);
    }

    public Money ToMoney() => Money.Of(Amount, Currency);
}
