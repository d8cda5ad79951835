namespace CustomiseYou.Domain.Privacy;

public enum PrivacyRequestKind
{
    /// <summary>Right of access and portability (GDPR Art. 15, 20; DPDP s. 11): a ZIP of everything held.</summary>
    Export,

    /// <summary>Right to erasure (GDPR Art. 17; DPDP s. 12).</summary>
    Erasure,
}

/// <summary>
/// Exports: <c>Requested → Running → Ready → Expired</c>. Erasures: <c>Requested → Running → Completed | Blocked</c>.
/// Either becomes <c>Failed</c> after <see cref="PrivacyRequest.MaxAttempts"/> runs that did not finish.
/// </summary>
public enum PrivacyRequestStatus
{
    Requested,
    Running,
    Ready,
    Expired,
    Completed,
    Blocked,
    Failed,
}

/// <summary>In what capacity someone acted on personal data: for themselves, as an officer, or as the scheduler.</summary>
public enum PrivacyActorRole
{
    Subject,
    Compliance,
    Admin,
    System,

    /// <summary>A secret API key acting for its owner (ActorUserId).</summary>
    ApiKey,
}
