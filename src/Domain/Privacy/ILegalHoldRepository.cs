namespace CustomiseYou.Domain.Privacy;

public interface ILegalHoldRepository
{
    Task<LegalHold?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> GetActiveAsync(Guid userId, CancellationToken cancellationToken);

    void Add(LegalHold hold);
}
