namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>Commits every change of a use case, and the outbox rows of its domain events, in one transaction.</summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
