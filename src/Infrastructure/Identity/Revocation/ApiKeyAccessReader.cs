using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Identity.Revocation;

/// <summary>
/// Opens an API key from the node's cache (evicted on revocation and rotation like sessions, ADR 0017/0026) or with
/// one query for the key and one for its owner, on a context of the region the request names. The secret's hash is
/// compared in constant time. A secret key acts in one role only: seller for a shop's key, admin for a platform key,
/// and only while its owner still holds it.
/// </summary>
internal sealed class ApiKeyAccessReader(TenantDbContextPools pools, SessionAccessCache cache, TimeProvider clock) : IApiKeyAccess
{
    /// <summary>lastUsedAt is written at most once per this interval per key and node.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<ApiKeyGrant?> AuthenticateAsync(Tenant tenant, ApiKeyToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!cache.TryGetKey(tenant.Id, token.PublicId, out var key, out var owner))
        {
            var generation = cache.Generation(tenant.Id);
            await using var db = pools.Rent(tenant);
            var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.PublicId == token.PublicId, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var until = now + SessionAccessCache.Lifetime;
            key = new CachedApiKey(row, until);
            owner = null;
            if (row.OwnerUserId is { } ownerId)
            {
                var user = await db.Users.AsNoTracking().Where(u => u.Id == ownerId)
                    .Select(u => new { u.ErasedAt, u.Roles }).FirstOrDefaultAsync(cancellationToken);
                owner = new CachedUser(user is { ErasedAt: null } ? [.. user.Roles] : null, until);
            }

            cache.StoreKey(tenant.Id, generation, token.PublicId, key, owner);
        }

        if (key.Revoked || key.Kind != token.Kind
            || !ApiKey.Opens(key.SecretHash, key.PreviousSecretHash, key.PreviousSecretValidUntil, token.Hash, now))
        {
            return null;
        }

        IReadOnlyList<string> roles = [];
        if (key.Kind == ApiKeyKind.Secret)
        {
            var role = key.SellerId is null ? Roles.Admin : Roles.Seller;
            if (owner?.Roles?.Contains(role) != true)
            {
                return null;
            }

            roles = [role];
        }

        await TouchAsync(tenant, key, now, cancellationToken);
        return new ApiKeyGrant(key.Id, token.PublicId, key.Kind, key.OwnerUserId, roles, key.Scopes, key.RateLimitPerMinute);
    }

    private async Task TouchAsync(Tenant tenant, CachedApiKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref key.LastUsedTicks);
        if (now.UtcTicks - last < LastUsedResolution.Ticks || Interlocked.CompareExchange(ref key.LastUsedTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        await using var db = pools.Rent(tenant);
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }
}
