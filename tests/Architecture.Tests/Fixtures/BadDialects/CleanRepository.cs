using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Good: a query that runs the same way whatever the database; the rule must not flag it.</summary>
public static class CleanRepository
{
    public static Task<int> CountAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken) => rows.CountAsync(cancellationToken);
}
