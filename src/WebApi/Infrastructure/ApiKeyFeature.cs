using CustomiseYou.Domain.ApiKeys;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>The API key a request came with, once it opened: for the per-key rate limit and the log lines.</summary>
internal sealed record ApiKeyFeature(string TenantId, Guid Id, string PublicId, ApiKeyKind Kind, int? RateLimitPerMinute);
