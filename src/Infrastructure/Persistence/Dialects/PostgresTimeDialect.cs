using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>PostgreSQL compares and orders <c>timestamptz</c> in SQL: every query runs whole in the database.</summary>
internal sealed class PostgresTimeDialect : ITimeDialect
{
    public Task<List<TResult>> ListAsync<T, TResult>(
        IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> timed, Expression<Func<T, TResult>> select, CancellationToken cancellationToken) =>
        timed(source).Select(select).ToListAsync(cancellationToken);

    public Task<IQueryable<T>> WhereAsync<T>(
        IQueryable<T> source, Expression<Func<T, bool>> predicate, Expression<Func<T, Guid>> key, CancellationToken cancellationToken)
        where T : class =>
        Task.FromResult(source.Where(predicate));

    public IQueryable<T> Recheck<T>(IQueryable<T> source, Expression<Func<T, bool>> condition) => source.Where(condition);

    public IOrderedQueryable<T> OldestFirst<T>(
        IQueryable<T> source, Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> version7Id) =>
        source.OrderBy(time);
}
