using CustomiseYou.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class LegalHoldRepository(AppDbContext db) : ILegalHoldRepository
{
    public Task<LegalHold?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.LegalHolds.FirstOrDefaultAsync(h => h.Id == id, cancellationToken);

    public async Task<IReadOnlyList<LegalHold>> GetActiveAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.LegalHolds.Where(h => h.UserId == userId && h.ReleasedAt == null).OrderBy(h => h.Id).ToListAsync(cancellationToken);

    public void Add(LegalHold hold) => db.LegalHolds.Add(hold);
}
