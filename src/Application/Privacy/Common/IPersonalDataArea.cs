namespace CustomiseYou.Application.Privacy.Common;

/// <summary>
/// One area of a person's data (profile, orders, uploads…): what the export writes for it, what erasure does to it,
/// and what in it stops an erasure. Storing personal data in a new table means adding one area, registered in
/// Infrastructure's DependencyInjection, whose <see cref="Covers"/> names the new type; a test fails for any type
/// with a [PersonalData] property that no area covers.
/// </summary>
public interface IPersonalDataArea
{
    /// <summary>The export file's name without ".json" (e.g. "orders"); attached files go under files/{Name}/.</summary>
    string Name { get; }

    /// <summary>What the file holds, for the export's README, by language: "en" always, "de" and "hi" where written.</summary>
    IReadOnlyDictionary<string, string> Description { get; }

    /// <summary>The persisted types (aggregate roots or other mapped classes) whose personal data this area exports and erases.</summary>
    IReadOnlyCollection<Type> Covers { get; }

    /// <summary>Everything held about the subject in this area, or null when there is nothing.</summary>
    Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes or irreversibly anonymises the subject's data in this area. Runs inside the erasure's transaction,
    /// after no area reported a blocker, and must change nothing when run a second time.
    /// </summary>
    Task EraseAsync(ErasureContext context, CancellationToken cancellationToken);

    /// <summary>What here must be kept and so stops an erasure now (an open order, a dispute); nothing by default.</summary>
    Task<IReadOnlyList<ErasureBlocker>> FindBlockersAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ErasureBlocker>>([]);
}

/// <summary>An area's part of an export: data serialised to {area}.json, plus stored files copied into the archive.</summary>
public sealed record AreaExport(object Data, IReadOnlyList<ExportFile> Files)
{
    public static AreaExport Of(object data) => new(data, []);
}

/// <summary>A stored file copied into the export as files/{area}/{Name}.</summary>
public sealed record ExportFile(string Name, string FileKey);

/// <summary>
/// One erasure run: whose data, the pseudonymous id that replaces them on records kept for the law (the same for
/// every area of the run, so kept records still relate to each other), and the time.
/// </summary>
public sealed record ErasureContext(Guid UserId, Guid PseudonymId, DateTimeOffset Now);

/// <summary>Why an erasure cannot happen yet; <see cref="Code"/> is the key under the 409 problem's "errors".</summary>
public sealed record ErasureBlocker(string Code, string Message);
