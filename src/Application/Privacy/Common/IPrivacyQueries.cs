using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

public sealed record AuditEntryDto(
    Guid Id,
    DateTimeOffset At,
    Guid? ActorUserId,
    PrivacyActorRole ActorRole,
    AuditAction Action,
    Guid? SubjectUserId,
    Guid? TargetId,
    string? Reason,
    string? Detail);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, string? NextCursor);

public sealed record LegalHoldDto(
    Guid Id,
    Guid UserId,
    string Reason,
    Guid PlacedBy,
    DateTimeOffset PlacedAt,
    Guid? ReleasedBy,
    DateTimeOffset? ReleasedAt,
    string? ReleaseReason,
    bool Active)
{
    public static LegalHoldDto From(LegalHold hold) =>
        new(hold.Id, hold.UserId, hold.Reason, hold.PlacedBy, hold.PlacedAt, hold.ReleasedBy, hold.ReleasedAt, hold.ReleaseReason, hold.IsActive);
}

/// <summary>Read side of the compliance records of the current tenant.</summary>
public interface IPrivacyQueries
{
    /// <summary>Newest first, keyset-paginated; <paramref name="userId"/> keeps entries about or by that user.</summary>
    Task<AuditPage> ListAuditAsync(Guid? userId, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>Active and released holds, the newest 200; <paramref name="userId"/> keeps one person's.</summary>
    Task<IReadOnlyList<LegalHoldDto>> ListLegalHoldsAsync(Guid? userId, CancellationToken cancellationToken);
}
