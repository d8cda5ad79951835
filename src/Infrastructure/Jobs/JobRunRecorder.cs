using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Jobs;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Writes <see cref="JobRun"/> rows, each write in its own scope and commit: a run's record must survive the
/// rollback of the work it records, and a queued run must be visible before the scheduler can start it.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task QueueAsync(Tenant tenant, Guid runId, string job, CancellationToken cancellationToken)
    {
        await using var scope = Open(tenant, out var db);
        db.JobRuns.Add(JobRun.Queued(runId, job, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Claims the queued run <paramref name="requested"/> (a manual run), or records a new one (a scheduled fire, or
    /// a second execution of a run already claimed, which must show as a run of its own). Returns the run's id.
    /// </summary>
    public async Task<Guid> StartAsync(Tenant tenant, string job, Guid? requested, string node, CancellationToken cancellationToken)
    {
        await using var scope = Open(tenant, out var db);
        var now = clock.GetUtcNow();
        if (requested is { } id && await db.JobRuns
                .Where(r => r.Id == id && r.Status == JobRunStatus.Queued)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Status, JobRunStatus.Running)
                    .SetProperty(r => r.StartedAt, now)
                    .SetProperty(r => r.Node, node), cancellationToken) == 1)
        {
            return id;
        }

        var run = JobRun.Started(Guid.CreateVersion7(now), job, requested is not null, node, now);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public async Task FinishAsync(Tenant tenant, Guid runId, string? outcome, string? error, CancellationToken cancellationToken)
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
