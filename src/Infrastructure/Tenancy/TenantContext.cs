using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>
/// Scoped holder of the current tenant. Set it before resolving tenant-bound services such as the DbContext,
/// which binds to the tenant's database when it is created.
/// </summary>
public sealed class TenantContext : ITenantContext
{
    public Tenant? Current { get; private set; }

    public Tenant Tenant => Current ?? throw new InvalidOperationException(
        "No tenant is set. Web requests resolve one in the tenant middleware; jobs call ITenantContext.Change(tenant).");

    public IDisposable Change(Tenant tenant)
    {
        var previous = Current;
        Current = tenant;
        return new Restore(this, previous);
    }

    private sealed class Restore(TenantContext context, Tenant? previous) : IDisposable
    {
        public void Dispose() => context.Current = previous;
    }
}
