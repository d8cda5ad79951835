using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>
/// The live state behind an access token, checked on every authenticated request, so that a revoked session, an
/// erased account or changed roles take effect at once rather than when the token expires (ADR 0017).
/// </summary>
public interface ISessionAccess
{
    /// <summary>
    /// The roles <paramref name="userId"/> holds now, or null when the session is unknown, revoked or expired,
    /// belongs to someone else, or the account is erased.
    /// </summary>
    ValueTask<IReadOnlyList<string>?> CurrentRolesAsync(Tenant tenant, Guid userId, Guid sessionId, CancellationToken cancellationToken);
}
