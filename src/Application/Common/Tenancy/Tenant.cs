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

    public CorsSettings Cors { get; init; } = new();
}

/// <summary>Browser apps on other origins that may call this region's API (ADR 0021); none by default.</summary>
public sealed record CorsSettings
{
    /// <summary>Exact origins (<c>https://shop.example</c>: scheme, host and port if not the default; no path, no wildcard).</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];
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

/// <summary>How the region's privacy regime applies: deadlines, retention, what an erasure needs, the consent policy.</summary>
public sealed record PrivacyRules
{
    public required PrivacyRegime Regime { get; init; }

    /// <summary>Days to answer an access or portability request (GDPR Art. 12(3): one month).</summary>
    public int ExportDeadlineDays { get; init; } = 30;

    /// <summary>Days to carry out an erasure request.</summary>
    public int ErasureDeadlineDays { get; init; } = 30;

    /// <summary>How long a ready export can be downloaded before its file is deleted.</summary>
    public int ExportLinkValidDays { get; init; } = 7;

    /// <summary>Years financial records are kept after erasure, pseudonymised (e.g. 10 in Germany, 8 in India).</summary>
    public int FinancialRecordRetentionYears { get; init; } = 10;

    /// <summary>Whether an erasure request must state its ground (e.g. one of GDPR Art. 17(1)).</summary>
    public bool ErasureRequiresReason { get; init; }

    /// <summary>The version of the privacy policy consents are given under; recorded with every consent change.</summary>
    public string PolicyVersion { get; init; } = "2026-11";

    public TimeSpan ExportDeadline => TimeSpan.FromDays(ExportDeadlineDays);

    public TimeSpan ErasureDeadline => TimeSpan.FromDays(ErasureDeadlineDays);

    public TimeSpan ExportLinkValidity => TimeSpan.FromDays(ExportLinkValidDays);
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
