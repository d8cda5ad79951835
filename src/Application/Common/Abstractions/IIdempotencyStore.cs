namespace CustomiseYou.Application.Common.Abstractions;

public enum IdempotencyClaimKind
{
    /// <summary>First use of the key: run the command.</summary>
    Acquired,

    /// <summary>Same key and body already succeeded: answer with the stored response.</summary>
    Replay,

    /// <summary>Same key, still running.</summary>
    InFlight,

    /// <summary>Same key, different body.</summary>
    Mismatch,
}

public sealed record IdempotencyClaim(IdempotencyClaimKind Kind, string? StoredResponse = null);

/// <summary>Idempotency records keyed by tenant (the database), user and key; kept at least 24 hours.</summary>
public interface IIdempotencyStore
{
    Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(Guid userId, string key, string response, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose command failed, so the client may retry with the same key.</summary>
    Task ReleaseAsync(Guid userId, string key, CancellationToken cancellationToken);
}
