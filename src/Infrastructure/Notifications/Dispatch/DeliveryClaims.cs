using CustomiseYou.Domain.Notifications;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>
/// The set-based state changes that make a delivery go out at most once, each one conditional UPDATE: claiming
/// (<c>Pending|Failed → Sending</c> with a lease and a claim token), handing back what was not started, and
/// dead-lettering deliveries whose dispatcher stopped mid-send. On PostgreSQL a competing UPDATE of the same row
/// waits for the first one and then re-checks the status, so it claims nothing; SQLite runs one writer at a time.
/// SQLite cannot compare DateTimeOffset in SQL, so the embedded default compares times in memory after reading the
/// candidates (it holds a handful of demo rows).
/// </summary>
internal sealed class DeliveryClaims(AppDbContext db)
{
    public const string LeaseExpiredError =
        "The dispatcher stopped while sending; the message may or may not have gone out, so it is not sent again automatically. "
        + "Retry it if it did not arrive.";

    /// <summary>Claims up to <paramref name="batchSize"/> due deliveries for this dispatcher and returns them, tracked.</summary>
    public async Task<IReadOnlyList<NotificationDelivery>> ClaimDueAsync(
        DateTimeOffset now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var due = db.NotificationDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Failed);
        List<Guid> ids = IsSqlite
            ? [.. (await due.Select(d => new { d.Id, d.NextAttemptAt }).ToListAsync(cancellationToken))
                .Where(d => d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(batchSize).Select(d => d.Id)]
            : await due.Where(d => d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(batchSize).Select(d => d.Id)
                .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid();
        var claim = db.NotificationDeliveries
            .Where(d => ids.Contains(d.Id) && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Failed));
        if (!IsSqlite)
        {
            claim = claim.Where(d => d.NextAttemptAt <= now); // re-checked under the row lock, like the status
        }

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
        var sending = db.NotificationDeliveries.Where(d => d.Status == DeliveryStatus.Sending);
        if (IsSqlite)
        {
            var expiredIds = (await sending.AsNoTracking().Select(d => new { d.Id, d.LeaseUntil }).ToListAsync(cancellationToken))
                .Where(d => d.LeaseUntil < now).Select(d => d.Id).ToList();
            sending = sending.Where(d => expiredIds.Contains(d.Id));
        }
        else
        {
            sending = sending.Where(d => d.LeaseUntil < now);
        }

        return await sending.ExecuteUpdateAsync(
            set => set.SetProperty(d => d.Status, DeliveryStatus.DeadLettered)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, LeaseExpiredError)
                .SetProperty(d => EF.Property<Guid>(d, AppDbContext.RowVersionProperty), Guid.NewGuid()),
            cancellationToken);
    }

    private bool IsSqlite => db.Database.IsSqlite();
}
