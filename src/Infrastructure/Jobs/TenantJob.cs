using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// A job every tenant has: its name (the route and key), its schedule, what a missed fire does, and what one run
/// does. A run's text outcome is recorded in the tenant's <c>job_runs</c>; a failed result fails the run.
/// </summary>
public sealed record TenantJob(
    string Name, JobSchedule Schedule, MisfirePolicy Misfire, Func<TenantJobContext, CancellationToken, Task<Result<string>>> Run)
{
    /// <summary>Most batches one run works through, so one run stays bounded; the next fire goes on.</summary>
    public const int MaxBatchesPerRun = 50;

    /// <summary>
    /// A job whose command handles one batch and returns how many items it handled: the run sends it again while
    /// batches come back full, each batch in its own transaction.
    /// </summary>
    public static TenantJob Batches(
        string name, JobSchedule schedule, MisfirePolicy misfire, int batchSize, Func<int, ICommand<Result<int>>> batch, string itemsDone) =>
        new(name, schedule, misfire, async (context, cancellationToken) =>
        {
            var total = 0;
            for (var round = 0; round < MaxBatchesPerRun; round++)
            {
                var result = await context.SendAsync(batch(batchSize), cancellationToken);
                if (!result.IsSuccess)
                {
                    return result.Error!;
                }

                total += result.Value;
                if (result.Value < batchSize)
                {
                    break;
                }
            }

            return $"{total} {itemsDone}";
        });
}
