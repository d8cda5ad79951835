using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Common.Tenancy;

/// <summary>A regional tenant: its currency, providers, privacy rules, time zone and its own database.</summary>
public sealed record Tenant
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 4217 code; every price in this tenant is in this currency.</summary>
    public required string Currency { get; init; }

    /// <summary>IANA time zone used for schedules and "today".</summary>
    public required string TimeZone { get; init; }

    public required PaymentProvider PaymentProvider { get; init; }

    public decimal MarketplaceFeePercent { get; init; }

    /// <summary>Quartz cron expression in <see cref="TimeZone"/>.</summary>
    public required string PayoutSchedule { get; init; }

    /// <summary>Sellers are paid once their available balance reaches this amount (in the tenant's currency).</summary>
    public decimal MinimumPayout { get; init; }

    public required PrivacyRules Privacy { get; init; }

    public required TenantDatabase Database { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public NotificationSettings Notifications { get; init; } = new();

    public IReadOnlyList<string> Locales { get; init; } = [];

    /// <summary>PostgreSQL text-search configuration for product search (stemming, stop words): english, german, french, simple…</summary>
    public string SearchLanguage { get; init; } = "english";

    public ExternalSignInSettings ExternalSignIn { get; init; } = new();

    public OrderSettings Orders { get; init; } = new();
}

/// <summary>How long an unpaid checkout holds its stock, and how long after delivery a return may be asked for.</summary>
public sealed record OrderSettings
{
    public int PaymentWindowMinutes { get; init; } = 30;

    public int ReturnWindowDays { get; init; } = 14;

    public TimeSpan PaymentWindow => TimeSpan.FromMinutes(PaymentWindowMinutes);

    public TimeSpan ReturnWindow => TimeSpan.FromDays(ReturnWindowDays);
}

/// <summary>Which Google and Apple apps may sign people in to this region; a provider without client ids is off.</summary>
public sealed record ExternalSignInSettings
{
    public ExternalProviderSettings Google { get; init; } = new()
    {
        JwksUri = "https://www.googleapis.com/oauth2/v3/certs",
        Issuers = ["https://accounts.google.com", "accounts.google.com"],
    };

    public ExternalProviderSettings Apple { get; init; } = new()
    {
        JwksUri = "https://appleid.apple.com/auth/keys",
        Issuers = ["https://appleid.apple.com"],
    };
}

public sealed record ExternalProviderSettings
{
    /// <summary>Accepted audiences: the OAuth client ids of this region's apps.</summary>
    public IReadOnlyList<string> ClientIds { get; init; } = [];

    public required string JwksUri { get; init; }

    public IReadOnlyList<string> Issuers { get; init; } = [];
}

public enum PrivacyRegime
{
    GDPR,
    DPDP,
}

public sealed record PrivacyRules
{
    public required PrivacyRegime Regime { get; init; }

    public int ExportDeadlineDays { get; init; } = 30;

    public int FinancialRecordRetentionYears { get; init; } = 10;

    public bool ErasureRequiresReason { get; init; }
}

public enum DatabaseProvider
{
    Postgres,
    Sqlite,
}

public sealed record TenantDatabase
{
    public required DatabaseProvider Provider { get; init; }

    public required string ConnectionString { get; init; }
}

public sealed record NotificationSettings
{
    public string EmailFrom { get; init; } = "no-reply@customiseyou.example";

    public string? SmsFrom { get; init; }
}
