using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Common.Tenancy;

/// <summary>
/// What use cases know of a region: currency, payment provider, fees, time zone, windows, privacy regime and locales.
/// Its database, hosts and provider settings are bound by the layers that use them (ADR 0040).
/// </summary>
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

    public IReadOnlyList<string> Locales { get; init; } = [];

    public OrderSettings Orders { get; init; } = new();
}
