namespace CustomiseYou.WebApi.Tenancy;

/// <summary>One way of reading a tenant id from <see cref="TenantHints"/>; strategies are tried in order and the first answer wins.</summary>
public interface ITenantResolutionStrategy
{
    string? Resolve(TenantHints hints);
}

/// <summary>A host name listed in a tenant's <c>Hosts</c> (for example <c>eu.customiseyou.example</c>).</summary>
public sealed class HostTenantResolutionStrategy(RegionalWebSettings regions) : ITenantResolutionStrategy
{
    public string? Resolve(TenantHints hints) => hints.Host is null ? null : regions.TenantOfHost(hints.Host);
}

/// <summary>The <c>X-Tenant</c> header.</summary>
public sealed class HeaderTenantResolutionStrategy : ITenantResolutionStrategy
{
    public string? Resolve(TenantHints hints) => string.IsNullOrWhiteSpace(hints.Header) ? null : hints.Header.Trim();
}

/// <summary>A <c>{tenant}</c> route value, for routes that carry the tenant in the path.</summary>
public sealed class RouteTenantResolutionStrategy : ITenantResolutionStrategy
{
    public string? Resolve(TenantHints hints) => string.IsNullOrWhiteSpace(hints.RouteValue) ? null : hints.RouteValue;
}
