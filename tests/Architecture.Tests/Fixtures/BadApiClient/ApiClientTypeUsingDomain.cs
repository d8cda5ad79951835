using CustomiseYou.Domain.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApiClient;

/// <summary>Bad: a client helper that borrows the API's own value object instead of the contract's MoneyDto.</summary>
public static class ApiClientTypeUsingDomain
{
    public static Money ToMoney(decimal amount, string currency) => Money.Of(amount, currency);
}
