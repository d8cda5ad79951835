namespace CustomiseYou.WebApi.Tenancy;

/// <summary>What only the web host needs of a region, bound from <c>Tenants:&lt;id&gt;</c> (ADR 0040): its hosts and CORS origins.</summary>
public sealed record TenantWebSettings
{
    /// <summary>Host names that select this region without an <c>X-Tenant</c> header (for example <c>eu.customiseyou.example</c>).</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    public CorsSettings Cors { get; init; } = new();
}

/// <summary>Browser apps on other origins that may call this region's API (ADR 0021); none by default.</summary>
public sealed record CorsSettings
{
    /// <summary>Exact origins (<c>https://shop.example</c>: scheme, host and port if not the default; no path, no wildcard).</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];
}
