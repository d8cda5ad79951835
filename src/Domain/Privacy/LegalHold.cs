using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Privacy;

/// <summary>
/// Keeps a person's data from being erased while a claim, an investigation or an authority's order needs it
/// (GDPR Art. 17(3)(e)). Placed and released by compliance officers or admins; released holds are kept.
/// </summary>
public sealed class LegalHold : AggregateRoot<Guid>
{
    public const int ReasonMaxLength = 1000;

    private LegalHold(Guid id, Guid userId, string reason, Guid placedBy, DateTimeOffset placedAt) : base(id)
    {
        UserId = userId;
        Reason = reason;
        PlacedBy = placedBy;
        PlacedAt = placedAt;
    }

    public Guid UserId { get; private set; }

    [NotPersonalData("the officer's ground or case number for the hold; the API asks for no personal details here")]
    public string Reason { get; private set; }

    public Guid PlacedBy { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public Guid? ReleasedBy { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    [NotPersonalData("the officer's ground or case number for the release")]
    public string? ReleaseReason { get; private set; }

    public bool IsActive => ReleasedAt is null;

    public static LegalHold Place(Guid id, Guid userId, string reason, Guid placedBy, DateTimeOffset now) =>
        new(id, userId, reason.Trim(), placedBy, now);

    public void Release(Guid releasedBy, string reason, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new DomainException(Error.Conflict("privacy.hold_released", "This legal hold was already released."));
        }

        ReleasedBy = releasedBy;
        ReleasedAt = now;
        ReleaseReason = reason.Trim();
    }
}
