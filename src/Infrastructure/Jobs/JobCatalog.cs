using CustomiseYou.Application.Orders.CompleteDeliveredOrders;
using CustomiseYou.Application.Orders.ExpireUnpaidOrders;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Infrastructure.Payouts;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Every per-tenant job, one entry each. Each tenant gets one Quartz job and one cron trigger per entry, in its own
/// time zone. To add a job: one entry here with its name (the admin route's <c>{job}</c>), schedule (a fixed cron, or
/// <c>JobSchedule.FromTenant(t =&gt; t.PayoutSchedule)</c>), misfire policy with the reason, and the command it sends:
/// <see cref="TenantJob.Batches"/> for a command that returns how many items it handled, or
/// <c>new TenantJob(name, schedule, misfire, run)</c> for any other run.
/// </summary>
public static class JobCatalog
{
    public static IReadOnlyList<TenantJob> All { get; } =
    [
        // Every minute. A missed minute needs no catch-up fire: the next one cancels everything overdue by then.
        TenantJob.Batches("expire-unpaid-orders", JobSchedule.Cron("0 * * * * ?"), MisfirePolicy.Skip,
            200, size => new ExpireUnpaidOrdersCommand(size), "unpaid orders expired, stock released"),

        // Hourly at :15. A missed hour needs no catch-up fire: completion a little later changes nothing for anyone.
        TenantJob.Batches("complete-delivered-orders", JobSchedule.Cron("0 15 * * * ?"), MisfirePolicy.Skip,
            200, size => new CompleteDeliveredOrdersCommand(size), "delivered orders completed"),

        // On the tenant's payout schedule, in its time zone. A missed fire runs once as soon as it can: sellers wait for
        // it, and the (seller, period) uniqueness makes a late or repeated run pay nobody twice.
        new TenantJob(PayoutPolicy.JobName, JobSchedule.FromTenant(t => t.PayoutSchedule), MisfirePolicy.FireOnceNow, PayoutRun.CreateAndPayAsync),

        // Every five minutes: payouts whose failed attempt has waited out its backoff are tried again. Missed fires need no catch-up.
        new TenantJob("retry-payouts", JobSchedule.Cron("0 */5 * * * ?"), MisfirePolicy.Skip, PayoutRun.PayDueAsync),
    ];

    public static TenantJob? Find(string name) => All.FirstOrDefault(job => job.Name == name);
}
