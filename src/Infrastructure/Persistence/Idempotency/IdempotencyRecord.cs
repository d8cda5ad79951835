namespace CustomiseYou.Infrastructure.Persistence.Idempotency;

/// <summary>A claimed Idempotency-Key: in flight until the first request succeeds, then its stored response.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public string? Response { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
