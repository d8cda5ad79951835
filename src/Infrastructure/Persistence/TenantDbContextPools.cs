using System.Collections.Concurrent;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Identity.Revocation;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Persistence.Interceptors;
using CustomiseYou.Infrastructure.Security;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// One pool of contexts per tenant (ADR 0015): a context's internal services cost more to set up than the query on a
/// product page, so they are kept and reused. A pooled context stays bound to its pool's tenant for life, and each
/// tenant's pool has that tenant's own options (provider, connection string, field-encryption keys), so no context
/// can cross regions.
/// </summary>
internal sealed class TenantDbContextPools(
    ConfigurationTenantStore tenants,
    OutboxInterceptor outbox,
    TenantStampingInterceptor stamping,
    RevocationTracker revocations,
    CommittedEventMetrics committedEvents,
    FieldProtections protections)
{
    private readonly ConcurrentDictionary<string, Lazy<PooledDbContextFactory<AppDbContext>>> _byTenant = new(StringComparer.Ordinal);

    /// <summary>A context of the tenant's pool; disposing it (the request scope does) returns it to the pool.</summary>
    public AppDbContext Rent(Tenant tenant)
    {
        var pool = _byTenant.GetOrAdd(tenant.Id, _ => new Lazy<PooledDbContextFactory<AppDbContext>>(() => new(OptionsFor(tenant))));
        var context = pool.Value.CreateDbContext();
        context.BindTenant(tenant.Id);
        return context;
    }

    private DbContextOptions<AppDbContext> OptionsFor(Tenant tenant)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTenantDatabase(tenants.InfrastructureOf(tenant).Database)
            // Outbox first, so the rows it adds are stamped with the tenant too.
            .AddInterceptors(outbox, stamping, revocations, committedEvents)
            // The region's own keys, from configuration or a KMS, never from the database they protect.
            .UseFieldEncryption(protections.For(tenant.Id));
        return options.Options;
    }
}
