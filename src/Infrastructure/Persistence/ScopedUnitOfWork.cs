using CustomiseYou.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// The request scope's context as the unit of work. A separate object that owns nothing: the container disposes
/// whatever a registration hands out, so registering the context under a second name would dispose it twice, and a
/// pooled context disposed twice goes back to its pool twice: under load another request has rented it in between,
/// and two requests then share one context (ADR 0027).
/// </summary>
internal sealed class ScopedUnitOfWork(AppDbContext context) : IUnitOfWork
{
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => context.SaveChangesAsync(cancellationToken);

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new EfTransaction(await context.Database.BeginTransactionAsync(cancellationToken));

    private sealed class EfTransaction(IDbContextTransaction inner) : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
