using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomiseYou.ApiClient;

/// <summary>Adds the region header and the caller's credential (<see cref="ApiCredentials"/>) to every request.</summary>
public sealed class RegionAuthenticationProvider(ApiCredentials credentials) : IAuthenticationProvider
{
    public const string RegionHeader = "X-Tenant";
    public const string PublishableKeyHeader = "X-Api-Key";
    private const string AuthorizationHeader = "Authorization";

    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (credentials.Region is { } region)
        {
            request.Headers.TryAdd(RegionHeader, region);
        }

        if (credentials.PublishableKey is { } publishable)
        {
            request.Headers.TryAdd(PublishableKeyHeader, publishable);
        }

        if (credentials.SecretKey is { } secret)
        {
            request.Headers.TryAdd(AuthorizationHeader, $"ApiKey {secret}");
        }
        else if (credentials.AccessToken is { } source && await source(cancellationToken) is { Length: > 0 } token)
        {
            request.Headers.TryAdd(AuthorizationHeader, $"Bearer {token}");
        }
    }
}
