using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Privacy;

/// <summary>
/// A data subject's export or erasure, asked for by the subject or by a compliance officer and carried out by the
/// privacy job. The job claims a request for a lease; a run that dies leaves it Running until the lease passes, then
/// it is retried, and after <see cref="MaxAttempts"/> claims it fails instead of blocking the queue.
/// </summary>
public sealed class PrivacyRequest : AggregateRoot<Guid>
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    private readonly List<string> _blockers = [];

    private PrivacyRequest(
        Guid id, PrivacyRequestKind kind, Guid subjectUserId, Guid? requestedBy, PrivacyActorRole requestedByRole, string? reason, string? locale,
        DateTimeOffset requestedAt, DateTimeOffset dueBy)
        : base(id)
    {
        Kind = kind;
        SubjectUserId = subjectUserId;
        RequestedBy = requestedBy;
        RequestedByRole = requestedByRole;
        Reason = reason;
        Locale = locale;
        RequestedAt = requestedAt;
        DueBy = dueBy;
    }

    public PrivacyRequestKind Kind { get; private set; }

    public Guid SubjectUserId { get; private set; }

    public Guid? RequestedBy { get; private set; }

    public PrivacyActorRole RequestedByRole { get; private set; }

    [NotPersonalData("the ground for the request, kept as evidence (GDPR Art. 5(2)); the API asks for grounds or case numbers, not personal details")]
    public string? Reason { get; private set; }

    [NotPersonalData("the language of an export's README: en, de or hi")]
    public string? Locale { get; private set; }

    public PrivacyRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The regime's deadline for answering (GDPR: one month).</summary>
    public DateTimeOffset DueBy { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    [NotPersonalData("a generated storage key; the export file it names is deleted when the link expires or the subject is erased")]
    public string? FileKey { get; private set; }

    public long? SizeBytes { get; private set; }

    /// <summary>When a ready export's download link stops working.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    [NotPersonalData("machine-written: the codes and counts that blocked an erasure")]
    public IReadOnlyList<string> Blockers => _blockers.AsReadOnly();

    public static PrivacyRequest RequestExport(
        Guid id,
        Guid subjectUserId,
        Guid? requestedBy,
        PrivacyActorRole role,
        string? reason,
        string locale,
        DateTimeOffset now,
        TimeSpan deadline) =>
        new(id, PrivacyRequestKind.Export, subjectUserId, requestedBy, role, Clean(reason), locale, now, now + deadline);

    public static PrivacyRequest RequestErasure(
        Guid id, Guid subjectUserId, Guid? requestedBy, PrivacyActorRole role, string? reason, DateTimeOffset now, TimeSpan deadline) =>
        new(id, PrivacyRequestKind.Erasure, subjectUserId, requestedBy, role, Clean(reason), null, now, now + deadline);

    /// <summary>Waiting, or claimed by a run whose lease has passed.</summary>
    public bool IsDue(DateTimeOffset now) =>
        Status == PrivacyRequestStatus.Requested || (Status == PrivacyRequestStatus.Running && LeaseUntil <= now);

    /// <summary>Claims the request for one run. False when it is not due, or when it has used up its attempts (it is then Failed).</summary>
    public bool TryStart(DateTimeOffset now)
    {
        if (!IsDue(now))
        {
            return false;
        }

        Attempts++;
        if (Attempts > MaxAttempts)
        {
            Status = PrivacyRequestStatus.Failed;
            CompletedAt = now;
            LeaseUntil = null;
            return false;
        }

        Status = PrivacyRequestStatus.Running;
        StartedAt = now;
        LeaseUntil = now + Lease;
        return true;
    }

    public void MarkReady(string fileKey, long sizeBytes, DateTimeOffset now, TimeSpan linkValidity)
    {
        Require(PrivacyRequestKind.Export, PrivacyRequestStatus.Running);
        FileKey = fileKey;
        SizeBytes = sizeBytes;
        Finish(PrivacyRequestStatus.Ready, now);
        ExpiresAt = now + linkValidity;
    }

    /// <summary>Ready until the link's time is up; reported as Expired from then on, even before the job has removed the file.</summary>
    public PrivacyRequestStatus StatusAt(DateTimeOffset now) =>
        Status == PrivacyRequestStatus.Ready && now >= ExpiresAt ? PrivacyRequestStatus.Expired : Status;

    /// <summary>The link is withdrawn (its time is up, or the subject was erased); the caller deletes the file.</summary>
    public void Expire()
    {
        Require(PrivacyRequestKind.Export, PrivacyRequestStatus.Ready);
        Status = PrivacyRequestStatus.Expired;
        FileKey = null;
    }

    public void Complete(DateTimeOffset now)
    {
        Require(PrivacyRequestKind.Erasure, PrivacyRequestStatus.Running);
        Finish(PrivacyRequestStatus.Completed, now);
    }

    /// <summary>Something appeared since the request that the law says must be kept; the subject or officer asks again later.</summary>
    public void Block(IEnumerable<string> blockers, DateTimeOffset now)
    {
        Require(PrivacyRequestKind.Erasure, PrivacyRequestStatus.Running);
        _blockers.Clear();
        _blockers.AddRange(blockers);
        Finish(PrivacyRequestStatus.Blocked, now);
    }

    /// <summary>The subject no longer exists to export; nothing will change that.</summary>
    public void Fail(DateTimeOffset now)
    {
        Require(Kind, PrivacyRequestStatus.Running);
        Finish(PrivacyRequestStatus.Failed, now);
    }

    private void Finish(PrivacyRequestStatus status, DateTimeOffset now)
    {
        Status = status;
        CompletedAt = now;
        LeaseUntil = null;
    }

    private void Require(PrivacyRequestKind kind, PrivacyRequestStatus status)
    {
        if (Kind != kind || Status != status)
        {
            throw new DomainException(Error.Conflict("privacy.request_state", $"This {Kind} request is {Status}."));
        }
    }

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
