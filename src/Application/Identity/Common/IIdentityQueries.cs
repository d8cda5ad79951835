namespace CustomiseYou.Application.Identity.Common;

public sealed record MeDto(
    Guid Id,
    string Email,
    bool EmailVerified,
    string FullName,
    string? Phone,
    bool PhoneVerified,
    IReadOnlyCollection<string> Roles,
    DateTimeOffset CreatedAt);

public sealed record SessionDto(
    Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, DateTimeOffset ExpiresAt, string? UserAgent, string? IpAddress, bool Current);

/// <summary>Read side of accounts and sessions, in the current tenant.</summary>
public interface IIdentityQueries
{
    Task<MeDto?> GetMeAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Active (not revoked, not expired) sessions, newest first; <see cref="SessionDto.Current"/> marks
    /// <paramref name="currentSessionId"/>.
    /// </summary>
    Task<IReadOnlyList<SessionDto>> ListActiveSessionsAsync(
        Guid userId, Guid? currentSessionId, DateTimeOffset now, CancellationToken cancellationToken);
}
