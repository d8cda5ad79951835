using System.Text.RegularExpressions;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>Tenants from the <c>Tenants</c> configuration section, keyed by id; checked once at start-up so a bad region fails fast.</summary>
public sealed partial class ConfigurationTenantStore : ITenantStore
{
    public const string SectionName = "Tenants";

    private readonly Dictionary<string, Tenant> _byId;

    public ConfigurationTenantStore(IEnumerable<Tenant> tenants)
    {
        All = [.. tenants];
        _byId = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Tenant> All { get; }

    public Tenant? Find(string id) => _byId.GetValueOrDefault(id);

    public static ConfigurationTenantStore Load(IConfiguration configuration)
    {
        var tenants = configuration.GetSection(SectionName).GetChildren()
            .Select(section => (section.Get<Tenant>() ?? throw Invalid(section.Key, "has no settings")) with { Id = section.Key })
            .ToList();
        if (tenants.Count == 0)
        {
            throw new InvalidOperationException($"No tenants are configured in the '{SectionName}' section.");
        }

        tenants.ForEach(Validate);
        return new ConfigurationTenantStore(tenants);
    }

    private static void Validate(Tenant tenant)
    {
        if (!TenantIdPattern().IsMatch(tenant.Id))
        {
            throw Invalid(tenant.Id, "has an id that is not lower-case kebab-case");
        }

        if (!Currency.IsSupported(tenant.Currency))
        {
            throw Invalid(tenant.Id, $"uses the unsupported currency '{tenant.Currency}'");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out _))
        {
            throw Invalid(tenant.Id, $"uses the unknown time zone '{tenant.TimeZone}'");
        }

        if (string.IsNullOrWhiteSpace(tenant.Database?.ConnectionString))
        {
            throw Invalid(tenant.Id, "has no database connection string");
        }

        if (tenant.MarketplaceFeePercent is < 0m or > 100m)
        {
            throw Invalid(tenant.Id, "has a marketplace fee outside 0-100 %");
        }

        if (tenant.PaymentProvider is PaymentProvider.Manual || !Enum.IsDefined(tenant.PaymentProvider))
        {
            throw Invalid(tenant.Id, "must choose Stripe, Razorpay or PayPal as its payment provider");
        }

        if (tenant.Locales.Count == 0)
        {
            throw Invalid(tenant.Id, "has no locale");
        }

        if (tenant.Privacy.ExportDeadlineDays < 1 || tenant.Privacy.ErasureDeadlineDays < 1 || tenant.Privacy.ExportLinkValidDays < 1)
        {
            throw Invalid(tenant.Id, "has a privacy deadline or export link validity under one day");
        }

        if (tenant.Privacy.FinancialRecordRetentionYears < 0 || string.IsNullOrWhiteSpace(tenant.Privacy.PolicyVersion))
        {
            throw Invalid(tenant.Id, "has a negative retention period or no privacy policy version");
        }

        if (!SearchLanguages.Contains(tenant.SearchLanguage))
        {
            throw Invalid(tenant.Id, $"uses the unknown search language '{tenant.SearchLanguage}' (one of: {string.Join(", ", SearchLanguages)})");
        }

        if (tenant.Cors.Origins.FirstOrDefault(origin => !IsOrigin(origin)) is { } badOrigin)
        {
            throw Invalid(tenant.Id, $"allows '{badOrigin}' as a CORS origin: name exact origins such as https://shop.example (no path, no *)");
        }
    }

    /// <summary>Text-search configurations PostgreSQL ships; the name reaches SQL, so only these are accepted.</summary>
    public static readonly IReadOnlySet<string> SearchLanguages = new HashSet<string>(StringComparer.Ordinal)
    {
        "simple", "english", "german", "french", "spanish", "italian", "dutch", "portuguese", "swedish", "danish", "finnish", "norwegian",
    };

    /// <summary>An exact, normalised web origin: http(s), a host, an optional port, nothing after it (browsers send origins so).</summary>
    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.Ordinal)
        && uri.UserInfo.Length == 0
        && !origin.Contains('*', StringComparison.Ordinal);

    private static InvalidOperationException Invalid(string tenantId, string problem) =>
        new($"Tenant '{tenantId}' {problem}. Fix the '{SectionName}:{tenantId}' configuration.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TenantIdPattern();
}
