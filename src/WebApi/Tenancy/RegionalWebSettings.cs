using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.WebApi.Tenancy;

/// <summary>Every region's <see cref="TenantWebSettings"/>, read once when the pipeline is built so a bad origin stops the start-up.</summary>
public sealed class RegionalWebSettings
{
    private const string SectionName = "Tenants";

    private readonly Dictionary<string, TenantWebSettings> _byTenant;

    private RegionalWebSettings(Dictionary<string, TenantWebSettings> byTenant) => _byTenant = byTenant;

    public IEnumerable<TenantWebSettings> All => _byTenant.Values;

    public TenantWebSettings Of(Tenant tenant) => _byTenant[tenant.Id];

    /// <summary>The id of the region listing <paramref name="host"/> among its hosts, if any.</summary>
    public string? TenantOfHost(string host) =>
        _byTenant.FirstOrDefault(entry => entry.Value.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)).Key;

    public static RegionalWebSettings Load(IConfiguration configuration, ITenantStore tenants)
    {
        var byTenant = tenants.All.ToDictionary(
            tenant => tenant.Id,
            tenant => configuration.GetSection($"{SectionName}:{tenant.Id}").Get<TenantWebSettings>() ?? new TenantWebSettings(),
            StringComparer.Ordinal);
        foreach (var (id, settings) in byTenant)
        {
            if (settings.Cors.Origins.FirstOrDefault(origin => !IsOrigin(origin)) is { } badOrigin)
            {
                throw new InvalidOperationException(
                    $"Tenant '{id}' allows '{badOrigin}' as a CORS origin: name exact origins such as https://shop.example (no path, no *). "
                    + $"Fix the '{SectionName}:{id}' configuration.");
            }
        }

        return new RegionalWebSettings(byTenant);
    }

    /// <summary>An exact, normalised web origin: http(s), a host, an optional port, nothing after it (browsers send origins so).</summary>
    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.Ordinal)
        && uri.UserInfo.Length == 0
        && !origin.Contains('*', StringComparison.Ordinal);
}
