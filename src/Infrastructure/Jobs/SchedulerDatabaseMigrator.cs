using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// The <c>migrate</c> step for the scheduler database: Quartz creates whatever of its own schema is missing (its
/// guarded script, safe to repeat and to race) when a store set to <see cref="SchemaProvisioning.CreateIfMissing"/>
/// initialises. The application itself only validates the schema, so it needs no DDL rights. Nothing to do for the
/// in-memory store.
/// </summary>
public sealed partial class SchedulerDatabaseMigrator(IOptions<JobsOptions> options, ILogger<SchedulerDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Store != JobStore.Postgres)
        {
            return;
        }

        await ApplySchemaAsync(options.Value, cancellationToken);
        LogMigrated();
    }

    /// <summary>Builds (never starts) a scheduler on the store, which provisions and validates the schema, then shuts it down.</summary>
    public static async Task ApplySchemaAsync(JobsOptions options, CancellationToken cancellationToken)
    {
        await using var factory = QuartzSchedulerBuilder
            .Create(quartz => JobsSetup.ConfigureScheduler(quartz, options, SchemaProvisioning.CreateIfMissing))
            .Build();
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler database is up to date")]
    private partial void LogMigrated();
}
