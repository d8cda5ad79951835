using CustomiseYou.Application.Common.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>One way of reading a tenant id from a request; strategies are tried in order and the first answer wins.</summary>
public interface ITenantResolutionStrategy
{
    string? Resolve(HttpContext context);
}

/// <summary>A host name listed in a tenant's <c>Hosts</c> (for example <c>in.customiseyou.example</c>).</summary>
public sealed class HostTenantResolutionStrategy(ITenantStore store) : ITenantResolutionStrategy
{
    public string? Resolve(HttpContext context)
    {
        var host = context.Request.Host.Host;
        return store.All.FirstOrDefault(t => t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase))?.Id;
    }
}

/// <summary>The <c>X-Tenant</c> header.</summary>
public sealed class HeaderTenantResolutionStrategy : ITenantResolutionStrategy
{
    public const string HeaderName = "X-Tenant";

    public string? Resolve(HttpContext context) =>
        context.Request.Headers.TryGetValue(HeaderName, out var values) && !string.IsNullOrWhiteSpace(values.ToString())
            ? values.ToString().Trim()
            : null;
}

/// <summary>A <c>{tenant}</c> route value, for routes that carry the tenant in the path.</summary>
public sealed class RouteTenantResolutionStrategy : ITenantResolutionStrategy
{
    public string? Resolve(HttpContext context) => context.GetRouteValue("tenant") as string;
}
