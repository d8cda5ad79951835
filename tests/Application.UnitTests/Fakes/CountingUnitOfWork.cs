using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>Counts saves, commits and rollbacks instead of making them.</summary>
internal sealed class CountingUnitOfWork : IUnitOfWork
{
    public int SaveCount { get; private set; }

    public int CommitCount { get; private set; }

    public int RollbackCount { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        SaveCount++;
        LastCancellationToken = cancellationToken;
        return Task.FromResult(1);
    }

    public Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IUnitOfWorkTransaction>(new Transaction(this));

    private sealed class Transaction(CountingUnitOfWork owner) : IUnitOfWorkTransaction
    {
        private bool _committed;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            _committed = true;
            owner.CommitCount++;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                owner.RollbackCount++;
            }

            return ValueTask.CompletedTask;
        }
    }
}
