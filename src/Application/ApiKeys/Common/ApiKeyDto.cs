using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.ApiKeys;

namespace CustomiseYou.Application.ApiKeys.Common;

/// <summary>A key as admins see it: never its secret; <see cref="Hint"/> is its prefix and public id.</summary>
public sealed record ApiKeyDto(
    Guid Id,
    string PublicId,
    string Hint,
    ApiKeyKind Kind,
    string Name,
    Guid? SellerId,
    Guid? OwnerUserId,
    IReadOnlyList<string> Scopes,
    int? RateLimitPerMinute,
    DateTimeOffset CreatedAt,
    Guid CreatedBy,
    DateTimeOffset? RotatedAt,
    DateTimeOffset? PreviousSecretValidUntil,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public static ApiKeyDto From(ApiKey key) => new(
        key.Id, key.PublicId, ApiKeyToken.Hint(key.Kind, key.PublicId), key.Kind, key.Name, key.SellerId, key.OwnerUserId, key.Scopes,
        key.RateLimitPerMinute, key.CreatedAt, key.CreatedBy, key.RotatedAt, key.PreviousSecretValidUntil, key.RevokedAt, key.LastUsedAt);
}

/// <summary>A key just created or rotated: <see cref="Key"/> is the only time its full text is shown; store it now.</summary>
public sealed record IssuedApiKeyDto(ApiKeyDto ApiKey, string Key);

/// <summary>One page of keys, oldest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ApiKeyPage(IReadOnlyList<ApiKeyDto> Items, string? NextCursor);
