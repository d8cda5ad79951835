namespace CustomiseYou.Domain.Privacy;

public interface IPrivacyRequestRepository
{
    Task<PrivacyRequest?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The subject's export or erasure still Requested or Running, asked for by <paramref name="requestedBy"/> (anyone when null).</summary>
    Task<PrivacyRequest?> GetOpenAsync(Guid subjectUserId, PrivacyRequestKind kind, Guid? requestedBy, CancellationToken cancellationToken);

    /// <summary>Ids of requests to run now (waiting, or with a lapsed lease), oldest first.</summary>
    Task<IReadOnlyList<Guid>> GetDueIdsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Ids of ready exports whose download link has run out.</summary>
    Task<IReadOnlyList<Guid>> GetLapsedExportIdsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    void Add(PrivacyRequest request);
}

/// <summary>Append-only: entries are added, never changed or removed.</summary>
public interface IAuditEntryRepository
{
    void Add(AuditEntry entry);
}

public interface ILegalHoldRepository
{
    Task<LegalHold?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> GetActiveAsync(Guid userId, CancellationToken cancellationToken);

    void Add(LegalHold hold);
}

/// <summary>Consent records are only ever added; the current answers are read through the consent query.</summary>
public interface IConsentRepository
{
    void Add(ConsentRecord record);
}
