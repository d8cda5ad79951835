namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that calls a provider over HTTP itself.</summary>
public static class ApplicationTypeUsingHttpClient
{
    public static Uri? BaseOf(HttpClient client) => client.BaseAddress;
}
