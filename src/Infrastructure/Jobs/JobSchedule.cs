using CustomiseYou.Application.Common.Tenancy;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// When a per-tenant job fires: a Quartz cron expression (seconds first), the same for every tenant or read from
/// the tenant's settings, always evaluated in the tenant's time zone.
/// </summary>
public sealed class JobSchedule
{
    private readonly Func<Tenant, string> _cron;

    private JobSchedule(Func<Tenant, string> cron) => _cron = cron;

    /// <summary>The same cron for every tenant, e.g. <c>0 * * * * ?</c> for every minute.</summary>
    public static JobSchedule Cron(string expression) => new(_ => expression);

    /// <summary>A cron each tenant configures, e.g. <c>tenant =&gt; tenant.PayoutSchedule</c>.</summary>
    public static JobSchedule FromTenant(Func<Tenant, string> expression) => new(expression);

    public string CronFor(Tenant tenant) => _cron(tenant);
}
