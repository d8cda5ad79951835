using System.Text.RegularExpressions;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>
/// Tenants from the <c>Tenants</c> configuration section, keyed by id, with what adapters need of each
/// (<see cref="TenantInfrastructure"/>); checked once at start-up so a bad region fails fast.
/// </summary>
public sealed partial class ConfigurationTenantStore : ITenantStore
{
    public const string SectionName = "Tenants";

    private readonly Dictionary<string, Tenant> _byId;
    private readonly Dictionary<string, TenantInfrastructure> _infrastructure;

    public ConfigurationTenantStore(IEnumerable<(Tenant Tenant, TenantInfrastructure Infrastructure)> tenants)
    {
        var list = tenants.ToList();
        All = [.. list.Select(t => t.Tenant)];
        _byId = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _infrastructure = list.ToDictionary(t => t.Tenant.Id, t => t.Infrastructure, StringComparer.Ordinal);
    }

    public IReadOnlyList<Tenant> All { get; }

    public Tenant? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The adapters' settings of a configured tenant; an unknown id is a programming error.</summary>
    public TenantInfrastructure InfrastructureOf(Tenant tenant) =>
        _infrastructure.TryGetValue(tenant.Id, out var settings)
            ? settings
            : throw new InvalidOperationException($"Tenant '{tenant.Id}' is not configured.");

    /// <summary>The tenants one deployment serves (a region's cluster serves its own); all configured ones when unset.</summary>
    public const string ServedSectionName = "Deployment:Tenants";

    public static ConfigurationTenantStore Load(IConfiguration configuration)
    {
        var served = configuration.GetSection(ServedSectionName).Get<string[]>() ?? [];
        var configured = configuration.GetSection(SectionName).GetChildren().ToList();
        if (served.FirstOrDefault(id => configured.All(section => section.Key != id)) is { } unknown)
        {
            throw new InvalidOperationException($"'{ServedSectionName}' names '{unknown}', which has no '{SectionName}:{unknown}' section.");
        }

        var tenants = configured.Where(section => served.Length == 0 || served.Contains(section.Key, StringComparer.Ordinal))
            .Select(section => (
                Tenant: (section.Get<Tenant>() ?? throw Invalid(section.Key, "has no settings")) with { Id = section.Key },
                Infrastructure: section.Get<TenantInfrastructure>() ?? throw Invalid(section.Key, "has no database")))
            .ToList();
        if (tenants.Count == 0)
        {
            throw new InvalidOperationException($"No tenants are configured in the '{SectionName}' section.");
        }

        tenants.ForEach(t => Validate(t.Tenant, t.Infrastructure));
        return new ConfigurationTenantStore(tenants);
    }

    private static void Validate(Tenant tenant, TenantInfrastructure infrastructure)
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

        if (string.IsNullOrWhiteSpace(infrastructure.Database?.ConnectionString))
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

        if (!SearchLanguages.Contains(infrastructure.SearchLanguage))
        {
            throw Invalid(
                tenant.Id, $"uses the unknown search language '{infrastructure.SearchLanguage}' (one of: {string.Join(", ", SearchLanguages)})");
        }
    }

    /// <summary>Text-search configurations PostgreSQL ships; the name reaches SQL, so only these are accepted.</summary>
    public static readonly IReadOnlySet<string> SearchLanguages = new HashSet<string>(StringComparer.Ordinal)
    {
        "simple", "english", "german", "french", "spanish", "italian", "dutch", "portuguese", "swedish", "danish", "finnish", "norwegian",
    };

    private static InvalidOperationException Invalid(string tenantId, string problem) =>
        new($"Tenant '{tenantId}' {problem}. Fix the '{SectionName}:{tenantId}' configuration.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TenantIdPattern();
}
