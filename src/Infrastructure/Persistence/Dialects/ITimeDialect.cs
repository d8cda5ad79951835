using System.Linq.Expressions;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>
/// Comparing and ordering <see cref="DateTimeOffset"/> columns. PostgreSQL does it in SQL; SQLite cannot (EF Core does
/// not translate it there), so the embedded default reads the rows the rest of the query selects and applies the time
/// part in memory, which is fine for the handful of demo rows it holds. Callers write the time part once, as a query
/// shape, and never ask which database they run on.
/// </summary>
internal interface ITimeDialect
{
    /// <summary>
    /// <paramref name="timed"/> (the filters, order and limit that touch times) applied to <paramref name="source"/>,
    /// then <paramref name="select"/>.
    /// </summary>
    Task<List<TResult>> ListAsync<T, TResult>(
        IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> timed, Expression<Func<T, TResult>> select, CancellationToken cancellationToken);

    /// <summary>The rows of <paramref name="source"/> matching <paramref name="predicate"/>, still a query (for a bulk update).</summary>
    Task<IQueryable<T>> WhereAsync<T>(
        IQueryable<T> source, Expression<Func<T, bool>> predicate, Expression<Func<T, Guid>> key, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// A condition re-checked in a conditional UPDATE, under the row lock, on a database that can. SQLite runs one writer at
    /// a time, so the rows just picked with the same condition in memory still meet it.
    /// </summary>
    IQueryable<T> Recheck<T>(IQueryable<T> source, Expression<Func<T, bool>> condition);

    /// <summary>Oldest first: by the time, or by a version-7 id, which sorts by creation time as well.</summary>
    IOrderedQueryable<T> OldestFirst<T>(
        IQueryable<T> source, Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> version7Id);
}

internal static class TimeDialectExtensions
{
    public static Task<List<T>> ListAsync<T>(
        this ITimeDialect dialect, IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> timed, CancellationToken cancellationToken) =>
        dialect.ListAsync(source, timed, row => row, cancellationToken);
}
