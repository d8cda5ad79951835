namespace CustomiseYou.Application.Common.Tenancy;

public enum PrivacyRegime
{
    GDPR,
    DPDP,
}

/// <summary>How the region's privacy regime applies: deadlines, retention, what an erasure needs, the consent policy.</summary>
public sealed record PrivacyRules
{
    public required PrivacyRegime Regime { get; init; }

    /// <summary>Days to answer an access or portability request (GDPR Art. 12(3): one month).</summary>
    public int ExportDeadlineDays { get; init; } = 30;

    /// <summary>Days to carry out an erasure request.</summary>
    public int ErasureDeadlineDays { get; init; } = 30;

    /// <summary>How long a ready export can be downloaded before its file is deleted.</summary>
    public int ExportLinkValidDays { get; init; } = 7;

    /// <summary>Years financial records are kept after erasure, pseudonymised (e.g. 10 in Germany, 8 in India).</summary>
    public int FinancialRecordRetentionYears { get; init; } = 10;

    /// <summary>Whether an erasure request must state its ground (e.g. one of GDPR Art. 17(1)).</summary>
    public bool ErasureRequiresReason { get; init; }

    /// <summary>The version of the privacy policy consents are given under; recorded with every consent change.</summary>
    public string PolicyVersion { get; init; } = "2026-11";

    public TimeSpan ExportDeadline => TimeSpan.FromDays(ExportDeadlineDays);

    public TimeSpan ErasureDeadline => TimeSpan.FromDays(ErasureDeadlineDays);

    public TimeSpan ExportLinkValidity => TimeSpan.FromDays(ExportLinkValidDays);
}
