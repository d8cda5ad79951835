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
