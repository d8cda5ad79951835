namespace CustomiseYou.Application.Jobs.Common;

/// <summary>
/// One job of the current tenant: its cron (in <paramref name="TimeZone"/>), the next scheduled fire (null while
/// schedules are off), when a run last started, and the latest run.
/// </summary>
public sealed record JobStatusDto(
    string Name, string Schedule, string TimeZone, DateTimeOffset? NextFireTime, DateTimeOffset? LastFireTime, JobRunDto? LastRun);

/// <summary>One run of a job; <paramref name="Manual"/> when an operator asked for it.</summary>
public sealed record JobRunDto(
    Guid Id, string Job, JobRunStatus Status, bool Manual, DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    string? Outcome, string? Error);

/// <summary>The answer to a run request: follow it at <c>GET /admin/jobs/runs/{runId}</c>.</summary>
public sealed record JobRunAccepted(Guid RunId);
