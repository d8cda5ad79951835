using System.Data.Common;
using System.Runtime.CompilerServices;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomiseYou.Infrastructure.Identity.Revocation;

/// <summary>
/// Evicts a revoked session, a user whose roles changed or who was erased, or a revoked or rotated API key, from this node's cache as soon as the
/// change commits: after SaveChanges, or after the transaction around it. Evicting earlier would let a request
/// that reads the old row in between cache it again. Other nodes hear of it through the database (ADR 0017).
/// </summary>
internal sealed class RevocationTracker(SessionAccessCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

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
        EvictUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EvictUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Evict(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
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

        var sessions = db.ChangeTracker.Entries<Session>()
            .Where(e => e.State == EntityState.Deleted || (e.State == EntityState.Modified && e.Property(s => s.RevokedAt).IsModified))
            .Select(e => e.Entity.Id);
        var users = db.ChangeTracker.Entries<User>()
            .Where(e => e.State == EntityState.Deleted
                || (e.State == EntityState.Modified && (e.Property(u => u.ErasedAt).IsModified || e.Property(nameof(User.Roles)).IsModified)))
            .Select(e => e.Entity.Id);
        var keys = db.ChangeTracker.Entries<ApiKey>()
            .Where(e => e.State == EntityState.Deleted
                || (e.State == EntityState.Modified && (e.Property(k => k.RevokedAt).IsModified || e.Property(k => k.SecretHash).IsModified
                    || e.Property(k => k.PreviousSecretValidUntil).IsModified)))
            .Select(e => e.Entity.PublicId);
        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.Sessions.AddRange(sessions);
            pending.Users.AddRange(users);
            pending.Keys.AddRange(keys);
        }
    }

    private void EvictUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Evict(context);
        }
    }

    private void Evict(DbContext? context)
    {
        if (context is not AppDbContext db || !_pending.TryGetValue(db, out var pending))
        {
            return;
        }

        _pending.Remove(db);
        lock (pending)
        {
            pending.Sessions.ForEach(id => cache.EvictSession(db.TenantId, id));
            pending.Users.ForEach(id => cache.EvictUser(db.TenantId, id));
            pending.Keys.ForEach(publicId => cache.EvictKey(db.TenantId, publicId));
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed class Pending
    {
        public List<Guid> Sessions { get; } = [];

        public List<Guid> Users { get; } = [];

        public List<string> Keys { get; } = [];
    }
}
