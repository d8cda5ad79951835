namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>Commits every change of a use case, and the outbox rows of its domain events, in one transaction.</summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the use case's database transaction, so statements run outside the change tracker (such as a
    /// conditional stock reservation) commit or roll back together with the tracked changes.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}

/// <summary>Rolled back when disposed without <see cref="CommitAsync"/>.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
