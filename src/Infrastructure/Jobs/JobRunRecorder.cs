using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Writes <see cref="JobRun"/> rows, each write in its own scope and commit: a run's record must survive the
/// rollback of the work it records.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobsOptions> options, PlatformMetrics metrics)
{
    /// <summary>
    /// Records the start of a run: a manual run under the id it was given when it was asked for, a scheduled fire
    /// under a new one. Should the same manual run execute twice, the second gets an id of its own, so it shows.
    /// <paramref name="queuedAt"/> is when the run was due: asked for, or scheduled. Returns the run's id.
    /// </summary>
    public async Task<Guid> StartAsync(
        Tenant tenant, string job, Guid? requested, DateTimeOffset queuedAt, string node, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (requested is { } id)
        {
            try
            {
                return await AddAsync(tenant, JobRun.Started(id, job, manual: true, queuedAt, node, now), cancellationToken);
            }
            catch (ConflictException)
            {
                return await AddAsync(tenant, JobRun.Started(Guid.CreateVersion7(now), job, manual: true, queuedAt, node, now), cancellationToken);
            }
        }

        return await AddAsync(tenant, JobRun.Started(Guid.CreateVersion7(now), job, manual: false, queuedAt, node, now), cancellationToken);
    }

    /// <summary>How a run cut off by the scheduler's shutdown starts its error text.</summary>
    public const string CancelledPrefix = "Cancelled:";

    public async Task FinishAsync(Tenant tenant, string job, Guid runId, string? outcome, string? error, CancellationToken cancellationToken)
    {
        await using var scope = Open(tenant, out var db);
        var status = error is null ? JobRunStatus.Succeeded : JobRunStatus.Failed;
        var finished = clock.GetUtcNow();
        outcome = Clip(outcome, JobRun.OutcomeMaxLength);
        error = Clip(error, JobRun.ErrorMaxLength);
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.FinishedAt, finished)
            .SetProperty(r => r.Outcome, outcome)
            .SetProperty(r => r.Error, error), cancellationToken);
        var result = error is null ? "succeeded" : error.StartsWith(CancelledPrefix, StringComparison.Ordinal) ? "cancelled" : "failed";
        metrics.JobFinished(tenant.Id, job, result);

        // Retention: the newest runs of each job are kept (ids are time-ordered), so an every-minute job stays bounded.
        await db.JobRuns.Where(r => r.Job == job).OrderByDescending(r => r.Id).Skip(options.Value.RunsKeptPerJob)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<Guid> AddAsync(Tenant tenant, JobRun run, CancellationToken cancellationToken)
    {
        await using var scope = Open(tenant, out var db);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    private AsyncServiceScope Open(Tenant tenant, out AppDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        // The context binds to the tenant's database when it is created; the tenant scope may end right after.
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant))
        {
            db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        }

        return scope;
    }

    private static string? Clip(string? text, int maxLength) => text is { Length: var length } && length > maxLength ? text[..maxLength] : text;
}
