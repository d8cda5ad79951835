namespace CustomiseYou.Application.Common.Abstractions;

public static class UnitOfWorkCommits
{
    /// <summary>
    /// For a command that commits itself after its provider calls: one short transaction saves every tracked change,
    /// then runs <paramref name="last"/> (statements outside the change tracker, such as stock movements) and commits.
    /// Rows those statements lock stay locked only until the commit; an exception rolls everything back.
    /// </summary>
    public static async Task CommitAsync(this IUnitOfWork unitOfWork, Func<CancellationToken, Task> last, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await last(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>For a command that commits itself: one short transaction that saves every tracked change.</summary>
    public static Task CommitAsync(this IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        unitOfWork.CommitAsync(_ => Task.CompletedTask, cancellationToken);
}
