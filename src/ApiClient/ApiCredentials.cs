namespace CustomiseYou.ApiClient;

/// <summary>
/// Who calls and in which region: the <c>X-Tenant</c> header (null when the host name selects the region) and at most
/// one credential. Kiota sends no header parameters of its own, so these ride on every request the client makes.
/// </summary>
public sealed record ApiCredentials
{
    private ApiCredentials(string? region) => Region = region;

    /// <summary>The region id (<c>europe</c>, <c>south-asia</c>); null to let the host name select it.</summary>
    public string? Region { get; }

    /// <summary>The current access token of a signed-in person; asked for on each request, so a refreshed token is used at once.</summary>
    public Func<CancellationToken, ValueTask<string?>>? AccessToken { get; private init; }

    /// <summary>A publishable key (<c>pk_live_…</c>), sent as <c>X-Api-Key</c>.</summary>
    public string? PublishableKey { get; private init; }

    /// <summary>A secret key (<c>sk_live_…</c>), server to server only, sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? SecretKey { get; private init; }

    public static ApiCredentials Anonymous(string? region) => new(region);

    public static ApiCredentials Bearer(string? region, string accessToken) =>
        new(region) { AccessToken = _ => ValueTask.FromResult<string?>(accessToken) };

    public static ApiCredentials Bearer(string? region, Func<CancellationToken, ValueTask<string?>> accessToken) =>
        new(region) { AccessToken = accessToken };

    public static ApiCredentials Publishable(string? region, string key) => new(region) { PublishableKey = key };

    public static ApiCredentials Secret(string? region, string key) => new(region) { SecretKey = key };
}
