using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDialects;

/// <summary>Bad: the check sits in an async method, so in its compiler-generated state machine.</summary>
public static class QueryAskingIsNpgsqlAsync
{
    public static async Task<int> CountAsync<T>(DbContext db, IQueryable<T> rows, CancellationToken cancellationToken)
    {
        var count = await rows.CountAsync(cancellationToken);
        return db.Database.IsNpgsql() ? count : -1;
    }
}
