using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>Ready only when every tenant's database answers; reports each tenant separately.</summary>
public sealed class TenantDatabasesHealthCheck(IServiceScopeFactory scopes, ITenantStore tenants) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        foreach (var tenant in tenants.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var tenantScope = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            data[tenant.Id] = await db.Database.CanConnectAsync(cancellationToken) ? "reachable" : "unreachable";
        }

        var unreachable = data.Where(d => (string)d.Value != "reachable").Select(d => d.Key).ToList();
        return unreachable.Count == 0
            ? HealthCheckResult.Healthy("Every tenant database answers.", data)
            : HealthCheckResult.Unhealthy($"Unreachable tenant databases: {string.Join(", ", unreachable)}.", data: data);
    }
}
