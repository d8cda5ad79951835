using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.Application.UnitTests.Fakes;

/// <summary>Counts commits instead of making them.</summary>
internal sealed class CountingUnitOfWork : IUnitOfWork
{
    public int SaveCount { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        SaveCount++;
        LastCancellationToken = cancellationToken;
        return Task.FromResult(1);
    }
}
