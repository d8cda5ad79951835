using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Users;

/// <summary>
/// A signed-in device: one refresh-token family. Every refresh rotates the token; presenting a token that was
/// already rotated means it leaked, so the whole session is revoked.
/// </summary>
public sealed class Session : AggregateRoot<Guid>
{
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(30);
    public const int UserAgentMaxLength = 300;

    private readonly List<RefreshToken> _tokens = [];

    private Session(Guid id, Guid userId, string? userAgent, string? ipAddress, DateTimeOffset createdAt) : base(id)
    {
        UserId = userId;
        UserAgent = userAgent;
        IpAddress = ipAddress;
        CreatedAt = createdAt;
        LastUsedAt = createdAt;
    }

    public Guid UserId { get; private set; }

    [PersonalData(PersonalDataCategory.Technical)]
    public string? UserAgent { get; private set; }

    /// <summary>Masked client address (last octet or last 80 bits removed): enough to recognise a network.</summary>
    [PersonalData(PersonalDataCategory.Technical)]
    public string? IpAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    [NotPersonalData("fixed texts written by the system: 'logout', 'refresh token reused'")]
    public string? RevokedReason { get; private set; }

    public IReadOnlyCollection<RefreshToken> Tokens => _tokens.AsReadOnly();

    /// <summary>When the newest refresh token expires; the session ends then unless refreshed.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public static Session Start(Guid id, Guid userId, string refreshTokenHash, string? userAgent, string? ipAddress, DateTimeOffset now)
    {
        var truncatedAgent = userAgent is { Length: > UserAgentMaxLength } ? userAgent[..UserAgentMaxLength] : userAgent;
        var session = new Session(id, userId, truncatedAgent, ipAddress, now);
        session.AddToken(refreshTokenHash, now);
        return session;
    }

    /// <summary>Exchanges the presented token for a new one, or revokes the session when the token was already used.</summary>
    public Result<Success> Rotate(string presentedHash, string newHash, DateTimeOffset now)
    {
        var presented = _tokens.Single(t => t.Hash == presentedHash);
        if (!IsActive(now) || now >= presented.ExpiresAt)
        {
            return SessionErrors.Expired;
        }

        if (presented.RotatedAt is not null)
        {
            Revoke("refresh token reused", now);
            return SessionErrors.Reused;
        }

        presented.MarkRotated(now);
        AddToken(newHash, now);
        LastUsedAt = now;
        return Success.Value;
    }

    private void AddToken(string hash, DateTimeOffset now)
    {
        ExpiresAt = now + RefreshLifetime;
        _tokens.Add(new RefreshToken(Guid.CreateVersion7(), hash, now, ExpiresAt));
    }

    public void Revoke(string reason, DateTimeOffset now)
    {
        if (RevokedAt is null)
        {
            RevokedAt = now;
            RevokedReason = reason;
        }
    }
}

public sealed class RefreshToken : Entity<Guid>
{
    internal RefreshToken(Guid id, string hash, DateTimeOffset createdAt, DateTimeOffset expiresAt) : base(id)
    {
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>SHA-256 of the opaque token; the token itself is never stored.</summary>
    [PersonalData(PersonalDataCategory.Technical)]
    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RotatedAt { get; private set; }

    internal void MarkRotated(DateTimeOffset now) => RotatedAt = now;
}

public static class SessionErrors
{
    public static readonly Error Expired = new("auth.refresh_invalid", "The refresh token is invalid or expired.", ErrorType.Unauthorized);

    public static readonly Error Reused = new(
        "auth.refresh_reused", "The refresh token was already used; the session is revoked.", ErrorType.Unauthorized);
}
