using CustomiseYou.Domain.Payouts;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

internal sealed class PayoutRepository(AppDbContext db) : IPayoutRepository
{
    public async Task<IReadOnlyList<Payout>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Payouts.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
}
