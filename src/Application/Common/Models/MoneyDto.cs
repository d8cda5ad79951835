using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Models;

/// <summary>Money on the wire: <c>{ "amount": 1299.00, "currency": "INR" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    /// <summary>Written with the currency's own digits (1299.00 INR, not the stored 1299.0000).</summary>
    public static MoneyDto From(Money money) => new(decimal.Round(money.Amount, Domain.Common.Currency.DigitsOf(money.Currency), MidpointRounding.ToEven), money.Currency);

    public Money ToMoney() => Money.Of(Amount, Currency);
}
