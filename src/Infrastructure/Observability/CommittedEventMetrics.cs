using System.Data.Common;
using System.Runtime.CompilerServices;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomiseYou.Infrastructure.Observability;

/// <summary>
/// Counts domain events when the change that raised them commits (after SaveChanges, or after the transaction around
/// it), from the outbox rows the save adds, so a rolled-back checkout is never counted. Set-based writers that insert
/// outbox rows in SQL add theirs with <see cref="Add"/>. Runs after the outbox interceptor.
/// </summary>
internal sealed class CommittedEventMetrics(PlatformMetrics metrics) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<string>> _pending = [];

    /// <summary>Events written outside the change tracker, counted when <paramref name="db"/>'s transaction commits.</summary>
    public void Add(AppDbContext db, IEnumerable<string> eventTypes)
    {
        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.AddRange(eventTypes);
        }

        RecordUnlessInTransaction(db);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RecordUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RecordUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Record(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var added = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Type).ToList();
        if (added.Count > 0)
        {
            var pending = _pending.GetOrCreateValue(db);
            lock (pending)
            {
                pending.AddRange(added);
            }
        }
    }

    private void RecordUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Record(context);
        }
    }

    private void Record(DbContext? context)
    {
        if (context is not AppDbContext db || !_pending.TryGetValue(db, out var pending))
        {
            return;
        }

        _pending.Remove(db);
        lock (pending)
        {
            pending.ForEach(type => metrics.EventCommitted(db.TenantId, type));
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
