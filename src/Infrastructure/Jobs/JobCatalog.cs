using CustomiseYou.Application.Orders.CompleteDeliveredOrders;
using CustomiseYou.Application.Orders.ExpireUnpaidOrders;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Application.Privacy.ProcessPrivacyRequests;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Notifications.Dispatch;
using CustomiseYou.Infrastructure.Payouts;
using CustomiseYou.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

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

        // Every 15 seconds: domain events become emails, texts and in-app notifications. A missed fire needs no catch-up.
        new TenantJob("dispatch-notifications", JobSchedule.Cron("0/15 * * * * ?"), MisfirePolicy.Skip, DispatchNotificationsAsync),

        // Every minute: queued exports are built and erasures carried out (well inside the regimes' deadlines). No catch-up needed.
        new TenantJob("process-privacy-requests", JobSchedule.Cron("30 * * * * ?"), MisfirePolicy.Skip, ProcessPrivacyRequestsAsync),

        // Every five minutes: payouts whose failed attempt has waited out its backoff are tried again. Missed fires need no catch-up.
        new TenantJob("retry-payouts", JobSchedule.Cron("0 */5 * * * ?"), MisfirePolicy.Skip, PayoutRun.PayDueAsync),

        // Hourly at :45: rows still in plaintext or under a retired key are rewritten under the active key (ADR 0023).
        // A missed hour needs no catch-up: old keys stay readable until an operator retires them.
        new TenantJob(ReencryptFields, JobSchedule.Cron("0 45 * * * ?"), MisfirePolicy.Skip, ReencryptFieldsAsync),
    ];

    public const string ReencryptFields = "reencrypt-fields";

    /// <summary>Dispatch rounds until one does nothing, at most <see cref="TenantJob.MaxBatchesPerRun"/> per run.</summary>
    private static async Task<Result<string>> DispatchNotificationsAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        int events = 0, sent = 0, deadLettered = 0;
        for (var round = 0; round < TenantJob.MaxBatchesPerRun; round++)
        {
            var result = await context.InTenantScopeAsync(services =>
                services.GetRequiredService<NotificationDispatcher>().DispatchAsync(cancellationToken));
            events += result.EventsDispatched;
            sent += result.Sent;
            deadLettered += result.DeadLettered;
            if (!result.DidWork)
            {
                break;
            }
        }

        return $"{events} events dispatched, {sent} messages sent, {deadLettered} dead-lettered";
    }

    private static async Task<Result<string>> ProcessPrivacyRequestsAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var run = await context.SendAsync(new ProcessPrivacyRequestsCommand(), cancellationToken);
        return run.IsSuccess
            ? $"{run.Value.ExportsReady} exports ready, {run.Value.ErasuresCompleted} erasures done, {run.Value.ErasuresBlocked} blocked, "
                + $"{run.Value.Failed} failed, {run.Value.ExportsExpired} exports expired"
            : run.Error!;
    }

    /// <summary>Batches, each in a fresh scope and context, until nothing is stale, at most <see cref="TenantJob.MaxBatchesPerRun"/>.</summary>
    private static async Task<Result<string>> ReencryptFieldsAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        int rewritten = 0, conflicts = 0;
        var activeKey = string.Empty;
        for (var round = 0; round < TenantJob.MaxBatchesPerRun; round++)
        {
            var batch = await context.InTenantScopeAsync(services =>
                services.GetRequiredService<FieldReencryptor>().RewriteBatchAsync(FieldReencryptor.DefaultBatchSize, cancellationToken));
            rewritten += batch.Rewritten;
            conflicts += batch.Conflicts;
            activeKey = batch.ActiveKeyId;
            if (batch.Rewritten == 0)
            {
                break;
            }
        }

        return $"{rewritten} rows rewritten under key {activeKey}, {conflicts} changed meanwhile (next run)";
    }

    public static TenantJob? Find(string name) => All.FirstOrDefault(job => job.Name == name);
}
