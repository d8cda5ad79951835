using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Persistence.Idempotency;

/// <summary>A claimed Idempotency-Key: in flight until the first request succeeds, then its stored response.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; init; }

    [NotPersonalData("a random key the client generated")]
    public required string Key { get; init; }

    [NotPersonalData("a SHA-256 of the request body")]
    public required string RequestHash { get; init; }

    [PersonalData(PersonalDataCategory.Technical)]
    public string? Response { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
