using System.Threading.RateLimiting;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>Bound from <c>RateLimiting:ApiKeys</c>: requests per minute per key, unless the key sets its own.</summary>
public sealed class ApiKeyRateLimitOptions
{
    public int PermitsPerMinute { get; set; } = 600;
}

/// <summary>A fixed one-minute window per region and key; requests without a key are not limited here.</summary>
internal static class ApiKeyRateLimiting
{
    public static PartitionedRateLimiter<HttpContext> Create(ApiKeyRateLimitOptions settings) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Features.Get<ApiKeyFeature>() is not { } key)
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var permits = key.RateLimitPerMinute ?? settings.PermitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                $"{key.TenantId}/{key.PublicId}/{permits}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
