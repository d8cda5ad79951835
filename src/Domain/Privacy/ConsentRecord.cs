using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Privacy;

/// <summary>What a person may or may not agree to; marketing is asked per channel.</summary>
public enum ConsentPurpose
{
    MarketingEmail,
    MarketingSms,
    MarketingPush,
    Analytics,
}

/// <summary>
/// One change of one consent: given or withdrawn, when, through what, under which policy version. Never changed
/// afterwards; the current consent is the newest record per purpose, and no record means no consent.
/// </summary>
public sealed class ConsentRecord : AggregateRoot<Guid>
{
    public const int SourceMaxLength = 40;

    private ConsentRecord(
        Guid id, Guid userId, ConsentPurpose purpose, bool granted, DateTimeOffset recordedAt, string source, string? userAgent, string policyVersion)
        : base(id)
    {
        UserId = userId;
        Purpose = purpose;
        Granted = granted;
        RecordedAt = recordedAt;
        Source = source;
        UserAgent = userAgent;
        PolicyVersion = policyVersion;
    }

    public Guid UserId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    [NotPersonalData("the channel the change came through: api")]
    public string Source { get; private set; }

    [PersonalData(PersonalDataCategory.Technical)]
    public string? UserAgent { get; private set; }

    [NotPersonalData("the region's privacy policy version, e.g. 2026-11")]
    public string PolicyVersion { get; private set; }

    public static ConsentRecord Record(
        Guid userId, ConsentPurpose purpose, bool granted, DateTimeOffset now, string source, string? userAgent, string policyVersion) =>
        new(Guid.CreateVersion7(now), userId, purpose, granted, now, source,
            userAgent is { Length: > 300 } ? userAgent[..300] : userAgent, policyVersion);
}
