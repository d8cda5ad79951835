using CustomiseYou.Application.Jobs;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// One run of a per-tenant job, in the tenant's own database: asked for (manual runs start Queued), started, and
/// finished with an outcome or an error. Ids are version-7 GUIDs, so their order is the order runs were created.
/// </summary>
public sealed class JobRun
{
    public const int OutcomeMaxLength = 500;
    public const int ErrorMaxLength = 2000;

    private JobRun(Guid id, string job, JobRunStatus status, bool manual, DateTimeOffset queuedAt)
    {
        Id = id;
        Job = job;
        Status = status;
        Manual = manual;
        QueuedAt = queuedAt;
    }

    public Guid Id { get; private set; }

    public string Job { get; private set; }

    public JobRunStatus Status { get; private set; }

    public bool Manual { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The scheduler instance (cluster node) that ran it.</summary>
    public string? Node { get; private set; }

    public string? Outcome { get; private set; }

    public string? Error { get; private set; }

    public static JobRun Queued(Guid id, string job, DateTimeOffset now) => new(id, job, JobRunStatus.Queued, manual: true, now);

    public static JobRun Started(Guid id, string job, bool manual, string node, DateTimeOffset now) =>
        new(id, job, JobRunStatus.Running, manual, now) { StartedAt = now, Node = node };

    public JobRunDto ToDto() => new(Id, Job, Status, Manual, QueuedAt, StartedAt, FinishedAt, Outcome, Error);
}
