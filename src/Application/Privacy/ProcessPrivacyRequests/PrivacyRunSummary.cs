namespace CustomiseYou.Application.Privacy.ProcessPrivacyRequests;

/// <summary>What one run did; requests another run had claimed first are not counted.</summary>
public sealed record PrivacyRunSummary(int ExportsReady, int ErasuresCompleted, int ErasuresBlocked, int Failed, int ExportsExpired);
