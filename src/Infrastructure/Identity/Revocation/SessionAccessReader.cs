using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Identity.Revocation;

/// <summary>
/// Answers from the node's cache when it can, else with one query for the session and its user, on a context of the
/// token's own tenant (the request's tenant is not resolved yet when the token is checked).
/// </summary>
internal sealed class SessionAccessReader(TenantDbContextPools pools, SessionAccessCache cache, TimeProvider clock) : ISessionAccess
{
    public async ValueTask<IReadOnlyList<string>?> CurrentRolesAsync(
        Tenant tenant, Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGet(tenant.Id, sessionId, userId, out var cachedSession, out var cachedUser))
        {
            return RolesIfActive(cachedSession, cachedUser, userId, now);
        }

        var generation = cache.Generation(tenant.Id);
        await using var db = pools.Rent(tenant);
        var row = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.UserId, s.RevokedAt, s.ExpiresAt, u.ErasedAt, u.Roles })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var until = now + SessionAccessCache.Lifetime;
        var session = new CachedSession(row.UserId, row.RevokedAt, row.ExpiresAt, until);
        var user = new CachedUser(row.ErasedAt is null ? [.. row.Roles] : null, until);
        cache.Store(tenant.Id, generation, sessionId, session, row.UserId, user);
        return RolesIfActive(session, user, userId, now);
    }

    private static IReadOnlyList<string>? RolesIfActive(CachedSession session, CachedUser user, Guid userId, DateTimeOffset now) =>
        session.UserId == userId && session.RevokedAt is null && now < session.ExpiresAt ? user.Roles : null;
}
