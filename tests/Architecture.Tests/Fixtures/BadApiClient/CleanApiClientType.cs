using CustomiseYou.ApiClient.Models;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApiClient;

/// <summary>Good: a client-side helper over the generated models; the rule must not flag it.</summary>
public static class CleanApiClientType
{
    public static string Describe(MoneyDto money) => $"{money.Amount} {money.Currency}";
}
