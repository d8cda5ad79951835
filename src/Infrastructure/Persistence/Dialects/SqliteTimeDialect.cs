using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>
/// SQLite cannot compare or order DateTimeOffset in SQL: the rows the rest of the query selects are read, and the time
/// part runs over them in memory (LINQ to Objects, the same expressions). The embedded default holds demo data only.
/// </summary>
internal sealed class SqliteTimeDialect : ITimeDialect
{
    public async Task<List<TResult>> ListAsync<T, TResult>(
        IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> timed, Expression<Func<T, TResult>> select, CancellationToken cancellationToken) =>
        [.. timed((await source.ToListAsync(cancellationToken)).AsQueryable()).Select(select)];

    public async Task<IQueryable<T>> WhereAsync<T>(
        IQueryable<T> source, Expression<Func<T, bool>> predicate, Expression<Func<T, Guid>> key, CancellationToken cancellationToken)
        where T : class
    {
        var keys = (await source.AsNoTracking().ToListAsync(cancellationToken)).AsQueryable().Where(predicate).Select(key).ToList();
        // keys.Contains(key(row)), with the list captured like a closure so EF Core sends it as a parameter.
        Expression<Func<List<Guid>>> captured = () => keys;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], captured.Body, key.Body);
        return source.Where(Expression.Lambda<Func<T, bool>>(contains, key.Parameters));
    }

    public IQueryable<T> Recheck<T>(IQueryable<T> source, Expression<Func<T, bool>> condition) => source;

    public IOrderedQueryable<T> OldestFirst<T>(
        IQueryable<T> source, Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> version7Id) =>
        source.OrderBy(version7Id);
}
