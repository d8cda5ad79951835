using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class SellerQueries(AppDbContext db, ITimeDialect time) : ISellerQueries
{
    public async Task<IReadOnlyDictionary<Guid, string?>> PayoutAccountsAsync(
        IReadOnlyCollection<Guid> sellerIds, CancellationToken cancellationToken) =>
        await db.Sellers.AsNoTracking().Where(s => sellerIds.Contains(s.Id)).Select(s => new { s.Id, s.PayoutAccount })
            .ToDictionaryAsync(s => s.Id, s => s.PayoutAccount, cancellationToken);

    private static readonly System.Linq.Expressions.Expression<Func<Seller, SellerSummaryDto>> Summary = s => new SellerSummaryDto(
        s.Id, s.OwnerUserId, s.BusinessName, s.LegalName, s.Country, s.KycStatus, s.Documents.Count, s.CreatedAt);

    public async Task<SellerDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Sellers.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, cancellationToken))?.ToDto();

    public async Task<SellerDto?> FindByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        (await db.Sellers.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.OwnerUserId == ownerUserId, cancellationToken))?.ToDto();

    public async Task<IReadOnlyList<SellerSummaryDto>> ListAsync(
        KycStatus? status, SellerCursor? after, int take, CancellationToken cancellationToken)
    {
        var sellers = db.Sellers.AsNoTracking();
        if (status is { } wanted)
        {
            sellers = sellers.Where(s => s.KycStatus == wanted);
        }

        // Split: where the time part runs in memory (the embedded default), whole sellers are read with their documents.
        return await time.ListAsync(sellers.AsSplitQuery(), page => PageAfter(page, after, take), Summary, cancellationToken);
    }

    private static IQueryable<Seller> PageAfter(IQueryable<Seller> sellers, SellerCursor? after, int take)
    {
        if (after is { } cursor)
        {
            sellers = sellers.Where(s => s.CreatedAt > cursor.CreatedAt || (s.CreatedAt == cursor.CreatedAt && s.Id.CompareTo(cursor.Id) > 0));
        }

        return sellers.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Take(take);
    }
}
