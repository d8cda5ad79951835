using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>The tenant the current unit of work runs for: set per request by the web host, or explicitly by jobs.</summary>
public interface ITenantContext
{
    /// <summary>The current tenant, or null outside any tenant.</summary>
    Tenant? Current { get; }

    /// <summary>The current tenant; throws when none is set, which is a programming error.</summary>
    Tenant Tenant { get; }

    /// <summary>Runs the following work as <paramref name="tenant"/> until the returned scope is disposed.</summary>
    IDisposable Change(Tenant tenant);
}
