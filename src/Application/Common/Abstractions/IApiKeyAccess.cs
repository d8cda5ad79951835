using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.ApiKeys;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>A key that opened: what it is, whom it acts for and with which roles (those its owner holds now, narrowed).</summary>
public sealed record ApiKeyGrant(
    Guid Id,
    string PublicId,
    ApiKeyKind Kind,
    Guid? OwnerUserId,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Scopes,
    int? RateLimitPerMinute);

/// <summary>
/// Checks a presented API key against the region's database on every request (answered from a per-node cache that
/// is dropped the moment a key is revoked or rotated, ADR 0026), and keeps <c>lastUsedAt</c> with throttled writes.
/// </summary>
public interface IApiKeyAccess
{
    /// <summary>
    /// The grant, or null when the key is unknown in <paramref name="tenant"/>, revoked, superseded, or its owner can
    /// no longer act.
    /// </summary>
    ValueTask<ApiKeyGrant?> AuthenticateAsync(Tenant tenant, ApiKeyToken token, CancellationToken cancellationToken);
}
