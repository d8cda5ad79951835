using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class ApiKeyQueries(AppDbContext db) : IApiKeyQueries
{
    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(SellerCursor? after, int take, CancellationToken cancellationToken)
    {
        IEnumerable<ApiKey> keys;
        if (db.Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset: the embedded development store pages in memory.
            keys = (await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken))
                .Where(k => after is not { } c || k.CreatedAt > c.CreatedAt || (k.CreatedAt == c.CreatedAt && k.Id.CompareTo(c.Id) > 0))
                .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
                .Take(take);
        }
        else
        {
            var query = db.ApiKeys.AsNoTracking();
            if (after is { } cursor)
            {
                query = query.Where(k => k.CreatedAt > cursor.CreatedAt || (k.CreatedAt == cursor.CreatedAt && k.Id.CompareTo(cursor.Id) > 0));
            }

            keys = await query.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).Take(take).ToListAsync(cancellationToken);
        }

        return [.. keys.Select(ApiKeyDto.From)];
    }
}
