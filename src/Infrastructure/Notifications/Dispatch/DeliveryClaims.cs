using CustomiseYou.Domain.Notifications;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Configurations;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>
/// The set-based state changes that make a delivery go out at most once, each one conditional UPDATE: claiming
/// (<c>Pending|Failed → Sending</c> with a lease and a claim token), handing back what was not started, and
/// dead-lettering deliveries whose dispatcher stopped mid-send. On PostgreSQL a competing UPDATE of the same row
/// waits for the first one and then re-checks the status, so it claims nothing; SQLite runs one writer at a time.
/// Times are compared through <see cref="ITimeDialect"/>: in SQL on PostgreSQL, in memory on the embedded default.
/// </summary>
internal sealed class DeliveryClaims(AppDbContext db, ITimeDialect time)
{
    public const string LeaseExpiredError =
        "The dispatcher stopped while sending; the message may or may not have gone out, so it is not sent again automatically. "
        + "Retry it if it did not arrive.";

    /// <summary>Claims up to <paramref name="batchSize"/> due deliveries for this dispatcher and returns them, tracked.</summary>
    public async Task<IReadOnlyList<NotificationDelivery>> ClaimDueAsync(
        DateTimeOffset now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var due = db.NotificationDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Failed);
        var ids = await time.ListAsync(
            due.Select(d => new { d.Id, d.NextAttemptAt }),
            candidates => candidates.Where(d => d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(batchSize),
            d => d.Id,
            cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid();
        // The time is re-checked under the row lock, like the status.
        var claim = time.Recheck(
            db.NotificationDeliveries.Where(d => ids.Contains(d.Id) && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Failed)),
            d => d.NextAttemptAt <= now);

        var leaseUntil = now + lease;
        await claim.ExecuteUpdateAsync(
            set => set.SetProperty(d => d.Status, DeliveryStatus.Sending)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LeaseUntil, leaseUntil)
                .SetProperty(d => EF.Property<Guid?>(d, NotificationDeliveryConfiguration.ClaimTokenProperty), token)
                .SetProperty(d => EF.Property<Guid>(d, AppDbContext.RowVersionProperty), Guid.NewGuid()),
            cancellationToken);
        return await db.NotificationDeliveries
            .Where(d => EF.Property<Guid?>(d, NotificationDeliveryConfiguration.ClaimTokenProperty) == token)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Hands claimed deliveries this dispatcher did not start back to the queue, attempt uncounted.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> ids) =>
        db.NotificationDeliveries.Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Sending)
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.Status, DeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, d => d.Attempts - 1)
                    .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(d => EF.Property<Guid>(d, AppDbContext.RowVersionProperty), Guid.NewGuid()),
                CancellationToken.None);

    /// <summary>Dead-letters deliveries still Sending after their lease: their outcome is unknown, and at most once wins.</summary>
    public async Task<int> AbandonExpiredLeasesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = await time.WhereAsync(
            db.NotificationDeliveries.Where(d => d.Status == DeliveryStatus.Sending), d => d.LeaseUntil < now, d => d.Id, cancellationToken);
        return await expired.ExecuteUpdateAsync(
            set => set.SetProperty(d => d.Status, DeliveryStatus.DeadLettered)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, LeaseExpiredError)
                .SetProperty(d => EF.Property<Guid>(d, AppDbContext.RowVersionProperty), Guid.NewGuid()),
            cancellationToken);
    }
}
