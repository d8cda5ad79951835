using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Tenancy;

namespace CustomiseYou.WebApi.Infrastructure;

/// <summary>
/// Resolves the tenant of every tenant-scoped endpoint before it runs: strategies in order (host, header, route),
/// then the store. Missing: 400. Unknown: 404. A signed-in caller whose token names another tenant: 403.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next, IEnumerable<ITenantResolutionStrategy> strategies, ITenantStore store, ILogger<TenantResolutionMiddleware> logger)
{
    public const string TenantClaim = "tenant";

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<TenantScoped>() is null)
        {
            await next(context);
            return;
        }

        var tenantId = strategies.Select(s => s.Resolve(context)).FirstOrDefault(id => id is not null);
        if (tenantId is null)
        {
            await WriteProblem(context, StatusCodes.Status400BadRequest, "tenant.missing",
                $"Name the region with the {HeaderTenantResolutionStrategy.HeaderName} header (one of: {string.Join(", ", store.All.Select(t => t.Id))}) or call a regional host.");
            return;
        }

        var tenant = store.Find(tenantId);
        if (tenant is null)
        {
            await WriteProblem(context, StatusCodes.Status404NotFound, "tenant.unknown", $"There is no region '{tenantId}'.");
            return;
        }

        var claimed = context.User.FindFirst(TenantClaim)?.Value;
        if (context.User.Identity?.IsAuthenticated == true && claimed is not null && claimed != tenant.Id)
        {
            await WriteProblem(context, StatusCodes.Status403Forbidden, "tenant.mismatch",
                "The access token was issued by another region.");
            return;
        }

        // Not disposed here: the tenant holds for the rest of the request scope, including the request log line.
        _ = tenantContext.Change(tenant);
        using var logScope = logger.BeginScope("Tenant {TenantId}", tenant.Id);
        await next(context);
    }

    private static Task WriteProblem(HttpContext context, int status, string code, string detail)
    {
        var problem = ProblemFactory.Create(context, status, code, detail);
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
