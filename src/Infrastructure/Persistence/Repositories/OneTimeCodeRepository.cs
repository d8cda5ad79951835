using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class OneTimeCodeRepository(AppDbContext db) : IOneTimeCodeRepository
{
    public Task<OneTimeCode?> GetLatestAsync(OneTimeCodePurpose purpose, string target, CancellationToken cancellationToken) =>
        ForTarget(purpose, target)
            .OrderByDescending(c => c.Id) // version-7 ids sort by creation time on every provider
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DateTimeOffset>> GetIssuedSinceAsync(
        OneTimeCodePurpose purpose, string target, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var issued = await ForTarget(purpose, target)
            .OrderByDescending(c => c.Id).Take(20).Select(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. issued.Where(createdAt => createdAt >= since)];
    }

    public void Add(OneTimeCode code) => db.OneTimeCodes.Add(code);

    /// <summary>The target is encrypted (ADR 0022): codes are found by its blind index, an HMAC under the region's key.</summary>
    private IQueryable<OneTimeCode> ForTarget(OneTimeCodePurpose purpose, string target)
    {
        var index = FieldEncryptionOptionsExtension.Of(db)!.BlindIndex.Compute(target);
        return db.OneTimeCodes.Where(c => c.Purpose == purpose && EF.Property<string>(c, TargetIndex) == index);
    }

    private static readonly string TargetIndex = EncryptedPropertyExtensions.BlindIndexPropertyOf(nameof(OneTimeCode.Target));
}
