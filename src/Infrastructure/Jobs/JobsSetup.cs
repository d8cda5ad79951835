using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>
/// Quartz for the per-tenant jobs: an in-memory store for the embedded default; in production a clustered store in
/// the scheduler's own PostgreSQL database, where nodes take triggers under a database lock, so a fire runs on
/// exactly one node. Job data is written with System.Text.Json.
/// </summary>
public static class JobsSetup
{
    /// <summary>Shared by every node of one cluster: the store keys all its rows by it.</summary>
    public const string SchedulerName = "CustomiseYou";

    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.SectionName);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().Bind(section);
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
        services.AddScoped<IJobMonitor, QuartzJobMonitor>();
        services.AddSingleton<SchedulerDatabaseMigrator>();
        services.AddQuartz(quartz =>
        {
            ConfigureScheduler(quartz, options, SchemaProvisioning.Validate);
            quartz.AddJobType<TenantCommandJob>();
        });
        // Before Quartz's own hosted service, which starts the scheduler once the jobs and triggers are in place.
        services.AddHostedService<JobScheduleRegistrar>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The scheduler and its store, shared by the application and the schema migration so both see the same database.</summary>
    internal static void ConfigureScheduler(IQuartzBuilder quartz, JobsOptions options, SchemaProvisioning schema)
    {
        var misfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds);
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
            scheduler.IdleWaitTime = TimeSpan.FromSeconds(options.IdleWaitSeconds);
            // On shutdown running jobs see their token cancelled (TenantCommandJob records the run as cancelled), so
            // waiting for them is bounded instead of lasting as long as the longest job.
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            // Left at Quartz's default, a clustered scheduler generates a unique id per node.
            if (!string.Equals(options.InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase))
            {
                scheduler.InstanceId = options.InstanceId;
            }
        });
        if (options.Store == JobStore.Memory)
        {
            quartz.UseInMemoryStore(store => store.MisfireThreshold = misfireThreshold);
            return;
        }

        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException("Jobs:Store is Postgres but Jobs:ConnectionString is not set: name the scheduler database.")
            : options.ConnectionString;
        quartz.UsePersistentStore(store => store
            .UsePostgres(NpgsqlFactory.Instance, connectionString)
            .UseClustering()
            .UseSystemTextJsonSerializer()
            .ConfigureStore(ado =>
            {
                // Acquire under the TRIGGER_ACCESS row lock: two nodes never take the same trigger.
                ado.AcquireTriggersWithinLock = true;
                ado.MisfireThreshold = misfireThreshold;
                ado.SchemaProvisioning = schema;
            }));
    }
}
