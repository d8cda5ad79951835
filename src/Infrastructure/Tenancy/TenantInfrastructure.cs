using CustomiseYou.Infrastructure.Persistence.Dialects;

namespace CustomiseYou.Infrastructure.Tenancy;

/// <summary>
/// What only adapters need of a region, bound from the same <c>Tenants:&lt;id&gt;</c> section as the Application's
/// <see cref="Application.Common.Tenancy.Tenant"/>: its database, search configuration, sign-in providers and senders (ADR 0040).
/// </summary>
public sealed record TenantInfrastructure
{
    public required TenantDatabase Database { get; init; }

    /// <summary>PostgreSQL text-search configuration for product search (stemming, stop words): english, german, french, simple…</summary>
    public string SearchLanguage { get; init; } = "english";

    public ExternalSignInSettings ExternalSignIn { get; init; } = new();

    public NotificationSettings Notifications { get; init; } = new();
}
