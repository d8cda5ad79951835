using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.WebApi.Tenancy;

internal sealed class TenantResolver(IEnumerable<ITenantResolutionStrategy> strategies, ITenantStore store) : ITenantResolver
{
    public Result<Tenant> Resolve(TenantHints hints)
    {
        var tenantId = strategies.Select(s => s.Resolve(hints)).FirstOrDefault(id => id is not null);
        if (tenantId is null)
        {
            return Error.Validation(
                ITenantResolver.MissingCode,
                $"Name the region with the X-Tenant header (one of: {string.Join(", ", store.All.Select(t => t.Id))}) or call a regional host.",
                "X-Tenant");
        }

        return store.Find(tenantId) is { } tenant
            ? tenant
            : Error.NotFound("tenant.unknown", $"There is no region '{tenantId}'.");
    }
}
