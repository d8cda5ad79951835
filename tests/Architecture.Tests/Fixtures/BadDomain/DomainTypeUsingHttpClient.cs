namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that makes HTTP calls.</summary>
public static class DomainTypeUsingHttpClient
{
    public static TimeSpan TimeoutOf(HttpClient client) => client.Timeout;
}
