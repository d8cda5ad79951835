using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Application.Payouts.Common;

public static class PayoutPolicy
{
    /// <summary>The scheduled job that creates and pays a period's payouts (<c>POST /admin/payouts/run</c> runs it now).</summary>
    public const string JobName = "payouts";

    public const int MaxAttempts = 5;

    /// <summary>Provider calls in flight at once per batch: enough to hide latency, few enough for provider rate limits.</summary>
    public const int ProviderConcurrency = 8;

    /// <summary>The period a run pays for: the tenant-local date, so every run on one local day shares it.</summary>
    public static string PeriodFor(Tenant tenant, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone)).DateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
