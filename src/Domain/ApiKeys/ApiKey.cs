using System.Security.Cryptography;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.ApiKeys;

/// <summary>
/// A credential for storefront apps and integrations, of one region. Only the SHA-256 of its secret is kept; the key
/// itself is shown once, when it is created or rotated. A rotation keeps the previous secret working until
/// <see cref="PreviousSecretValidUntil"/>, so callers can switch without downtime; a revocation ends both at once.
/// </summary>
public sealed class ApiKey : AggregateRoot<Guid>
{
    public const int NameMaxLength = 100;
    public const int PublicIdLength = 12;
    public const int HashLength = 32;
    public static readonly TimeSpan MaxOverlap = TimeSpan.FromDays(30);

    private List<string> _scopes = [];

    private ApiKey(Guid id, string publicId, ApiKeyKind kind, string name, Guid? ownerUserId, Guid? sellerId, byte[] secretHash,
        int? rateLimitPerMinute, Guid createdBy, DateTimeOffset createdAt)
        : base(id)
    {
        PublicId = publicId;
        Kind = kind;
        Name = name;
        OwnerUserId = ownerUserId;
        SellerId = sellerId;
        SecretHash = secretHash;
        RateLimitPerMinute = rateLimitPerMinute;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>The short id inside the key (<c>sk_live_{PublicId}_…</c>): keys are found by it, then their secret is compared.</summary>
    [NotPersonalData("random characters chosen by the server")]
    public string PublicId { get; private set; }

    public ApiKeyKind Kind { get; private set; }

    [NotPersonalData("a label an admin gives an integration, such as 'Shop ERP sync'")]
    public string Name { get; private set; }

    /// <summary>The user a secret key acts for: the shop's owner for a shop key, the creating admin for a platform key.</summary>
    public Guid? OwnerUserId { get; private set; }

    /// <summary>The shop a secret key belongs to; null for a platform key (admin) and for publishable keys.</summary>
    public Guid? SellerId { get; private set; }

    [NotPersonalData("permission names such as orders:read")]
    public IReadOnlyList<string> Scopes => _scopes;

    public byte[] SecretHash { get; private set; }

    public byte[]? PreviousSecretHash { get; private set; }

    public DateTimeOffset? PreviousSecretValidUntil { get; private set; }

    /// <summary>Requests per minute for this key; null uses the region's default.</summary>
    public int? RateLimitPerMinute { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RotatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Kept to the minute or so: written at most once per interval per node, not on every request.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Create(Guid id, string publicId, ApiKeyKind kind, string name, Guid? ownerUserId, Guid? sellerId,
        IEnumerable<string> scopes, byte[] secretHash, int? rateLimitPerMinute, Guid createdBy, DateTimeOffset now)
    {
        if (publicId.Length != PublicIdLength || secretHash.Length != HashLength)
        {
            throw new DomainException(Error.Rule("api_key.malformed", "A key needs a public id and a SHA-256 secret hash."));
        }

        if (kind == ApiKeyKind.Secret && ownerUserId is null)
        {
            throw new DomainException(Error.Rule("api_key.owner_required", "A secret key acts for a user."));
        }

        var key = new ApiKey(id, publicId, kind, name.Trim(), kind == ApiKeyKind.Secret ? ownerUserId : null,
            kind == ApiKeyKind.Secret ? sellerId : null, secretHash, rateLimitPerMinute, createdBy, now);
        key._scopes = kind == ApiKeyKind.Secret ? [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : [];
        return key;
    }

    /// <summary>Replaces the secret; the current one keeps working for <paramref name="overlap"/> (at most 30 days).</summary>
    public void Rotate(byte[] newSecretHash, TimeSpan overlap, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            throw new DomainException(Error.Conflict("api_key.revoked", "A revoked key cannot be rotated."));
        }

        if (overlap < TimeSpan.Zero || overlap > MaxOverlap || newSecretHash.Length != HashLength)
        {
            throw new DomainException(Error.Rule("api_key.bad_rotation", "The overlap is between zero and 30 days."));
        }

        PreviousSecretHash = overlap > TimeSpan.Zero ? SecretHash : null;
        PreviousSecretValidUntil = overlap > TimeSpan.Zero ? now + overlap : null;
        SecretHash = newSecretHash;
        RotatedAt = now;
    }

    /// <summary>Idempotent: revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now)
    {
        RevokedAt ??= now;
        PreviousSecretHash = null;
        PreviousSecretValidUntil = null;
    }

    /// <summary>Whether <paramref name="presentedHash"/> opens this key at <paramref name="now"/>; compared in constant time.</summary>
    public static bool Opens(byte[] currentHash, byte[]? previousHash, DateTimeOffset? previousValidUntil, byte[] presentedHash, DateTimeOffset now)
    {
        var current = CryptographicOperations.FixedTimeEquals(currentHash, presentedHash);
        var previous = previousHash is not null && CryptographicOperations.FixedTimeEquals(previousHash, presentedHash);
        return current || (previous && now < previousValidUntil);
    }
}
