using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class ApiKeyQueries(AppDbContext db, ITimeDialect time) : IApiKeyQueries
{
    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(SellerCursor? after, int take, CancellationToken cancellationToken)
    {
        var keys = await time.ListAsync(
            db.ApiKeys.AsNoTracking(),
            query =>
            {
                if (after is { } cursor)
                {
                    query = query.Where(k => k.CreatedAt > cursor.CreatedAt || (k.CreatedAt == cursor.CreatedAt && k.Id.CompareTo(cursor.Id) > 0));
                }

                return query.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).Take(take);
            },
            cancellationToken);
        return [.. keys.Select(ApiKeyDto.From)];
    }
}
