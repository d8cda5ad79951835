using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Privacy;

public enum AuditAction
{
    ExportRequested,
    ExportDownloaded,
    ErasureRequested,
    ErasureCompleted,
    ErasureBlocked,
    RoleGranted,
    RoleRevoked,
    LegalHoldPlaced,
    LegalHoldReleased,
    ApiKeyCreated,
    ApiKeyRotated,
    ApiKeyRevoked,

    /// <summary>A use case run with a secret key: the key in Detail, the user it acted for as the actor.</summary>
    ApiKeyUsed,
}

/// <summary>
/// One line of the privacy audit log: who did what to whose data, when and why. Append-only: it has no method that
/// changes it, its repository can only add, and on PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE.
/// </summary>
public sealed class AuditEntry : AggregateRoot<Guid>
{
    private AuditEntry(
        Guid id,
        DateTimeOffset at,
        Guid? actorUserId,
        PrivacyActorRole actorRole,
        AuditAction action,
        Guid? subjectUserId,
        Guid? targetId,
        string? reason,
        string? detail)
        : base(id)
    {
        At = at;
        ActorUserId = actorUserId;
        ActorRole = actorRole;
        Action = action;
        SubjectUserId = subjectUserId;
        TargetId = targetId;
        Reason = reason;
        Detail = detail;
    }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public PrivacyActorRole ActorRole { get; private set; }

    public AuditAction Action { get; private set; }

    public Guid? SubjectUserId { get; private set; }

    /// <summary>The request, legal hold or other record acted on.</summary>
    public Guid? TargetId { get; private set; }

    [NotPersonalData("the officer's stated ground or case number, kept as evidence (GDPR Art. 5(2), 30)")]
    public string? Reason { get; private set; }

    [NotPersonalData("machine-written: a role name, a file size, blocker codes")]
    public string? Detail { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset at,
        Guid? actorUserId,
        PrivacyActorRole actorRole,
        AuditAction action,
        Guid? subjectUserId,
        Guid? targetId,
        string? reason,
        string? detail = null) =>
        new(Guid.CreateVersion7(at), at, actorUserId, actorRole, action, subjectUserId, targetId,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), detail);
}
