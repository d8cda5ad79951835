using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>Bound from <c>RateLimiting:Auth</c>: requests per client address per window on sign-up, sign-in, codes and refresh.</summary>
public sealed class AuthRateLimitOptions
{
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}

internal static class AuthRateLimiting
{
    public const string Policy = "auth";

    public static IServiceCollection AddAuthRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<AuthRateLimitOptions>().BindConfiguration("RateLimiting:Auth");
        services.AddOptions<ApiKeyRateLimitOptions>().BindConfiguration("RateLimiting:ApiKeys");
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<ApiKeyRateLimitOptions>>((options, keys) => options.GlobalLimiter = ApiKeyRateLimiting.Create(keys.Value));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<AuthRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0,
                    });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problem = ProblemFactory.Create(
                    http, StatusCodes.Status429TooManyRequests, "rate_limited", "Too many requests. Wait before trying again.");
                await TypedResults.Problem(problem).ExecuteAsync(http);
            };
        });
        return services;
    }
}
