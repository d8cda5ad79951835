using System.Collections.Concurrent;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// Built once per tenant and reused by every context of that tenant: configuring options for each request costs
/// more than the query on a product page. Contexts themselves are not pooled (ADR 0002).
/// </summary>
internal sealed class TenantDbContextOptions(OutboxInterceptor outbox, TenantStampingInterceptor stamping)
{
    private readonly ConcurrentDictionary<string, DbContextOptions<AppDbContext>> _byTenant = new(StringComparer.Ordinal);

    public DbContextOptions<AppDbContext> For(Tenant tenant) => _byTenant.GetOrAdd(tenant.Id, _ =>
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTenantDatabase(tenant.Database)
            // Outbox first, so the rows it adds are stamped with the tenant too.
            .AddInterceptors(outbox, stamping);
        return options.Options;
    });
}
