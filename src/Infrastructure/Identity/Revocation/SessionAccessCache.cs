using System.Collections.Concurrent;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Tenancy;

namespace CustomiseYou.Infrastructure.Identity.Revocation;

/// <summary>What a node remembers of a session, and of its user, so most authenticated requests need no query.</summary>
internal sealed record CachedSession(Guid UserId, DateTimeOffset? RevokedAt, DateTimeOffset ExpiresAt, DateTimeOffset CachedUntil);

/// <param name="Roles">Null when the account is erased.</param>
internal sealed record CachedUser(IReadOnlyList<string>? Roles, DateTimeOffset CachedUntil);

/// <summary>What a node remembers of an API key; <see cref="LastUsedTicks"/> throttles the writes of lastUsedAt.</summary>
internal sealed class CachedApiKey(ApiKey key, DateTimeOffset cachedUntil)
{
    public Guid Id { get; } = key.Id;

    public ApiKeyKind Kind { get; } = key.Kind;

    public Guid? OwnerUserId { get; } = key.OwnerUserId;

    public Guid? SellerId { get; } = key.SellerId;

    public byte[] SecretHash { get; } = key.SecretHash;

    public byte[]? PreviousSecretHash { get; } = key.PreviousSecretHash;

    public DateTimeOffset? PreviousSecretValidUntil { get; } = key.PreviousSecretValidUntil;

    public bool Revoked { get; } = key.IsRevoked;

    public IReadOnlyList<string> Scopes { get; } = [.. key.Scopes];

    public int? RateLimitPerMinute { get; } = key.RateLimitPerMinute;

    public DateTimeOffset CachedUntil { get; } = cachedUntil;

    public long LastUsedTicks = key.LastUsedAt?.UtcTicks ?? 0;
}

/// <summary>
/// Per-tenant memory of session, user and API key access state. Entries are dropped the moment a change commits (on this node
/// by <see cref="RevocationTracker"/>, on every node by <see cref="RevocationListener"/>); the lifetime only bounds
/// memory. A tenant served by several nodes is trusted only while its listener is connected, so a missed
/// notification can never leave a revoked session working: untrusted, every check reads the database.
/// </summary>
internal sealed class SessionAccessCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int MaxEntriesPerTenant = 200_000;

    private readonly ConcurrentDictionary<string, TenantEntries> _tenants = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public SessionAccessCache(ConfigurationTenantStore tenants, TimeProvider clock)
    {
        _clock = clock;
        // An embedded SQLite file serves one node, which evicts for itself; a PostgreSQL tenant waits for its listener.
        foreach (var tenant in tenants.All)
        {
            var notifies = DatabaseProviderSetup.NotifiesCommittedChanges(tenants.InfrastructureOf(tenant).Database);
            _tenants[tenant.Id] = new TenantEntries { Trusted = !notifies };
        }
    }

    public bool TryGet(string tenantId, Guid sessionId, Guid userId, out CachedSession session, out CachedUser user)
    {
        session = null!;
        user = null!;
        var entries = Entries(tenantId);
        var now = _clock.GetUtcNow();
        return entries.Trusted
            && entries.Sessions.TryGetValue(sessionId, out session!) && session.CachedUntil > now
            && entries.Users.TryGetValue(userId, out user!) && user.CachedUntil > now;
    }

    /// <summary>A key by its public id, and its owner's entry when it has one; both must be cached and fresh.</summary>
    public bool TryGetKey(string tenantId, string publicId, out CachedApiKey key, out CachedUser? owner)
    {
        key = null!;
        owner = null;
        var entries = Entries(tenantId);
        var now = _clock.GetUtcNow();
        if (!entries.Trusted || !entries.Keys.TryGetValue(publicId, out key!) || key.CachedUntil <= now)
        {
            return false;
        }

        if (key.OwnerUserId is { } ownerId)
        {
            if (!entries.Users.TryGetValue(ownerId, out var user) || user.CachedUntil <= now)
            {
                return false;
            }

            owner = user;
        }

        return true;
    }

    public void StoreKey(string tenantId, long generation, string publicId, CachedApiKey key, CachedUser? owner)
    {
        var entries = Entries(tenantId);
        if (!entries.Trusted)
        {
            return;
        }

        if (entries.Keys.Count >= MaxEntriesPerTenant)
        {
            entries.Keys.Clear();
        }

        entries.Keys[publicId] = key;
        if (key.OwnerUserId is { } ownerId && owner is not null)
        {
            entries.Users[ownerId] = owner;
        }

        if (Interlocked.Read(ref entries.Generation) != generation)
        {
            entries.Keys.TryRemove(publicId, out _);
        }
    }

    public void EvictKey(string tenantId, string publicId)
    {
        var entries = Entries(tenantId);
        Interlocked.Increment(ref entries.Generation);
        entries.Keys.TryRemove(publicId, out _);
    }

    /// <summary>Read before loading from the database; <see cref="Store"/> keeps nothing if an eviction came in between.</summary>
    public long Generation(string tenantId) => Interlocked.Read(ref Entries(tenantId).Generation);

    public void Store(string tenantId, long generation, Guid sessionId, CachedSession session, Guid userId, CachedUser user)
    {
        var entries = Entries(tenantId);
        if (!entries.Trusted)
        {
            return;
        }

        if (entries.Sessions.Count >= MaxEntriesPerTenant)
        {
            Sweep(entries);
        }

        entries.Sessions[sessionId] = session;
        entries.Users[userId] = user;
        // Evictions bump the generation before they remove, so a load that raced one is undone here or by it.
        if (Interlocked.Read(ref entries.Generation) != generation)
        {
            entries.Sessions.TryRemove(sessionId, out _);
            entries.Users.TryRemove(userId, out _);
        }
    }

    public void EvictSession(string tenantId, Guid sessionId)
    {
        var entries = Entries(tenantId);
        Interlocked.Increment(ref entries.Generation);
        entries.Sessions.TryRemove(sessionId, out _);
    }

    public void EvictUser(string tenantId, Guid userId)
    {
        var entries = Entries(tenantId);
        Interlocked.Increment(ref entries.Generation);
        entries.Users.TryRemove(userId, out _);
    }

    /// <summary>Forgets the tenant's entries; <paramref name="trusted"/> says whether new ones may be kept.</summary>
    public void Reset(string tenantId, bool trusted)
    {
        var entries = Entries(tenantId);
        entries.Trusted = trusted;
        Interlocked.Increment(ref entries.Generation);
        entries.Sessions.Clear();
        entries.Users.Clear();
        entries.Keys.Clear();
    }

    private TenantEntries Entries(string tenantId) => _tenants.GetOrAdd(tenantId, _ => new TenantEntries { Trusted = false });

    private void Sweep(TenantEntries entries)
    {
        var now = _clock.GetUtcNow();
        foreach (var (id, session) in entries.Sessions)
        {
            if (session.CachedUntil <= now)
            {
                entries.Sessions.TryRemove(id, out _);
            }
        }

        foreach (var (id, user) in entries.Users)
        {
            if (user.CachedUntil <= now)
            {
                entries.Users.TryRemove(id, out _);
            }
        }

        if (entries.Sessions.Count >= MaxEntriesPerTenant)
        {
            entries.Sessions.Clear();
            entries.Users.Clear();
        }
    }

    private sealed class TenantEntries
    {
        public readonly ConcurrentDictionary<Guid, CachedSession> Sessions = new();
        public readonly ConcurrentDictionary<Guid, CachedUser> Users = new();
        public readonly ConcurrentDictionary<string, CachedApiKey> Keys = new(StringComparer.Ordinal);
        public long Generation;
        public volatile bool Trusted;
    }
}
