using System.Collections.Concurrent;
using CustomiseYou.Application.Common.Abstractions;
using Microsoft.IdentityModel.Tokens;

namespace CustomiseYou.Infrastructure.Identity;

/// <summary>Provider signing keys by JWKS URL, fetched over HTTP and kept for an hour (or refetched on demand).</summary>
internal sealed class JwksCache(IHttpClientFactory httpClients, TimeProvider clock)
{
    public const string HttpClientName = "jwks";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt)> _cache = new();

    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(string jwksUri, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && _cache.TryGetValue(jwksUri, out var cached) && clock.GetUtcNow() - cached.FetchedAt < Lifetime)
        {
            return cached.Keys;
        }

        string json;
        try
        {
            json = await httpClients.CreateClient(HttpClientName).GetStringAsync(new Uri(jwksUri), cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ExternalServiceException("JWKS", $"could not fetch signing keys from {jwksUri}", exception);
        }

        var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
        _cache[jwksUri] = (keys, clock.GetUtcNow());
        return keys;
    }
}
