using System.Collections.Concurrent;
using CustomiseYou.WebApi.Tenancy;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// CORS per region (ADR 0021): each region allows the origins in <c>Tenants:&lt;id&gt;:Cors:Origins</c>. A request's
/// region comes from the same hints as tenant resolution; a preflight carries no X-Tenant value, so on a shared host
/// it is answered for an origin any region allows, and the actual request is then refused (403) by
/// <see cref="TenantResolutionMiddleware"/> unless its own region allows the origin.
/// </summary>
public static class RegionalCors
{
    public const string PolicyName = "regional";

    public static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>What a storefront sends: a token, a JSON body, an idempotency key, the region, its publishable key.</summary>
    public static readonly string[] RequestHeaders =
    [
        "Authorization", "Content-Type", OpenApi.OperationContractTransformer.IdempotencyHeader, TenantResolutionMiddleware.TenantHeader,
        ApiKeyMiddleware.Header,
    ];

    /// <summary>Response headers a browser app reads: where a created resource is, how long to wait, a download's name.</summary>
    public static readonly string[] ExposedHeaders = ["Location", "Retry-After", "Content-Disposition"];

    /// <summary>Browsers cap this (Chromium at 2 hours); 10 minutes keeps an origin removed from the list from lingering.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddRegionalCors(this IServiceCollection services)
    {
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, RegionalCorsPolicyProvider>());
        return services;
    }

    /// <summary>
    /// Answers preflights and adds the CORS headers (routing must run first: it matches a preflight to its endpoint), and
    /// marks every regional answer <c>Vary: Origin</c>, with or without CORS headers, so no cache hands one origin's answer to another.
    /// </summary>
    public static IApplicationBuilder UseRegionalCors(this IApplicationBuilder app) => app
        .Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<TenantScoped>() is not null)
            {
                context.Response.OnStarting(() =>
                {
                    var vary = context.Response.Headers.Vary;
                    if (!vary.Any(value => value?.Contains("Origin", StringComparison.OrdinalIgnoreCase) == true))
                    {
                        context.Response.Headers.Vary = Microsoft.Extensions.Primitives.StringValues.Concat(vary, "Origin");
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        })
        .UseCors();

    /// <summary>Whether a request's Origin may call <paramref name="tenant"/>: no Origin, the API's own host, or one the region allows.</summary>
    public static bool IsAllowed(HttpContext context, TenantWebSettings tenant)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || tenant.Cors.Origins.Contains(origin, StringComparer.Ordinal))
        {
            return true;
        }

        // Same origin (the reference UI's "try it"): compared by host and port, as TLS may end at a proxy in front.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    internal static CorsPolicy Policy(IEnumerable<string> origins)
    {
        var builder = new CorsPolicyBuilder()
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge);
        var list = origins.Distinct(StringComparer.Ordinal).ToArray();
        // No origin at all: a policy that allows none, so the answer carries no Access-Control-* header.
        return (list.Length == 0 ? builder.SetIsOriginAllowed(_ => false) : builder.WithOrigins(list)).Build();
    }
}

/// <summary>The CORS policy of the request's region, built once per region; for a preflight on a shared host, every region's origins.</summary>
internal sealed class RegionalCorsPolicyProvider(RegionalWebSettings regions) : ICorsPolicyProvider
{
    private readonly ConcurrentDictionary<string, CorsPolicy> _byTenant = new(StringComparer.Ordinal);
    private readonly Lazy<CorsPolicy> _anyRegion = new(() => RegionalCors.Policy(regions.All.SelectMany(t => t.Cors.Origins)));

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != RegionalCors.PolicyName)
        {
            return Task.FromResult<CorsPolicy?>(null);
        }

        var resolved = context.RequestServices.GetRequiredService<ITenantResolver>().Resolve(TenantResolutionMiddleware.HintsOf(context));
        CorsPolicy? policy = resolved.IsSuccess
            ? _byTenant.GetOrAdd(resolved.Value.Id, _ => RegionalCors.Policy(regions.Of(resolved.Value).Cors.Origins))
            : resolved.Error!.Code == ITenantResolver.MissingCode ? _anyRegion.Value : null;
        return Task.FromResult(policy);
    }
}
