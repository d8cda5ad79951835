using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Models;

/// <summary>Money on the wire: <c>{ "amount": 1299.00, "currency": "INR" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    public static MoneyDto From(Money money) => new(money.Amount, money.Currency);

    public Money ToMoney() => Money.Of(Amount, Currency);
}
