using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>Everything that stops an erasure now: active legal holds, and whatever each area must keep (open orders…).</summary>
public sealed class ErasureBlockers(IEnumerable<IPersonalDataArea> areas, ILegalHoldRepository holds)
{
    public const string LegalHold = "legalHold";

    public async Task<IReadOnlyList<ErasureBlocker>> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        // The hold's own reason stays with compliance: a subject asking for erasure sees only that a hold exists.
        var found = (await holds.GetActiveAsync(userId, cancellationToken))
            .Select(hold => new ErasureBlocker(LegalHold, $"A legal hold ({hold.Id}) keeps this data."))
            .ToList();
        foreach (var area in areas)
        {
            found.AddRange(await area.FindBlockersAsync(userId, cancellationToken));
        }

        return found;
    }
}
