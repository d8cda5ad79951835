using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// One run of a per-tenant job, in the tenant's own database, written when it starts and again when it finishes
/// with an outcome or an error. (A manual run is Queued before that, while its trigger waits in the scheduler.)
/// Ids are version-7 GUIDs, so their order is the order runs were asked for.
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

    [NotPersonalData("a job name from the catalog")]
    public string Job { get; private set; }

    public JobRunStatus Status { get; private set; }

    public bool Manual { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The scheduler instance (cluster node) that ran it.</summary>
    [NotPersonalData("a scheduler instance id")]
    public string? Node { get; private set; }

    [NotPersonalData("counts written by the job")]
    public string? Outcome { get; private set; }

    [NotPersonalData("an error code and message from our code or a provider; no user data is put in them")]
    public string? Error { get; private set; }

    public static JobRun Started(Guid id, string job, bool manual, DateTimeOffset queuedAt, string node, DateTimeOffset now) =>
        new(id, job, JobRunStatus.Running, manual, queuedAt) { StartedAt = now, Node = node };

    public JobRunDto ToDto() => new(Id, Job, Status, Manual, QueuedAt, StartedAt, FinishedAt, Outcome, Error);
}
