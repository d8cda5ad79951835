using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.WebApi.Tenancy;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Resolves the tenant of every tenant-scoped endpoint before it runs. Missing: 400. Unknown: 404.
/// A signed-in caller whose token names another tenant: 403, whatever the request says.
/// A browser page on an origin the region does not allow: 403.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, ITenantResolver resolver, RegionalWebSettings regions,
    ILogger<TenantResolutionMiddleware> logger)
{
    public const string TenantHeader = "X-Tenant";
    public const string TenantClaim = "tenant";

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<TenantScoped>() is null)
        {
            await next(context);
            return;
        }

        var resolved = resolver.Resolve(HintsOf(context));
        if (!resolved.IsSuccess)
        {
            await resolved.Error!.ToProblem(context).ExecuteAsync(context);
            return;
        }

        var tenant = resolved.Value;
        var claimed = context.User.FindFirst(TenantClaim)?.Value;
        if (context.User.Identity?.IsAuthenticated == true && claimed is not null && claimed != tenant.Id)
        {
            await Error.Forbidden("tenant.mismatch", "The access token was issued by another region.").ToProblem(context).ExecuteAsync(context);
            return;
        }

        // The browser hides the answer from an origin the region does not allow, but only refusing runs nothing (ADR 0021).
        if (!RegionalCors.IsAllowed(context, regions.Of(tenant)))
        {
            await Error.Forbidden("cors.origin_not_allowed", "This region does not allow calls from the page's origin.")
                .ToProblem(context).ExecuteAsync(context);
            return;
        }

        // Not disposed here: the tenant holds for the rest of the request scope, including the request log line.
        _ = tenantContext.Change(tenant);
        using var logScope = logger.BeginScope("Tenant {TenantId}", tenant.Id);
        await next(context);
    }

    /// <summary>What a request says about its region: host, X-Tenant header (never on a preflight), <c>{tenant}</c> route value.</summary>
    internal static TenantHints HintsOf(HttpContext context) =>
        new(context.Request.Host.Host, context.Request.Headers[TenantHeader].ToString(), context.GetRouteValue("tenant") as string);
}
