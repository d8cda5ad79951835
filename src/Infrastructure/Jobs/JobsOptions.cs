namespace CustomiseYou.Infrastructure.Jobs;

/// <summary>Bound from <c>Jobs</c>: where Quartz keeps the schedule, and whether the schedules fire on their own.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Memory for the embedded default (one process); Postgres for several instances sharing one schedule.</summary>
    public JobStore Store { get; set; } = JobStore.Memory;

    /// <summary>The scheduler's own PostgreSQL database, separate from the tenant databases.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>This node's id in the cluster; AUTO generates one (host name and time), which every node needs unique.</summary>
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>How late a fire may be before it counts as missed and the job's misfire policy decides.</summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>
    /// How often an idle node looks for due triggers. A node that schedules a trigger itself hears of it at once;
    /// the others see it at their next look.
    /// </summary>
    public int IdleWaitSeconds { get; set; } = 30;

    /// <summary>How many of each job's latest runs each region keeps in <c>job_runs</c> (a week of an every-minute job).</summary>
    public int RunsKeptPerJob { get; set; } = 10_080;

    public JobSchedulesOptions Schedules { get; set; } = new();
}

public sealed class JobSchedulesOptions
{
    /// <summary>Off: the jobs exist and run when triggered, but no cron trigger fires them (the test host).</summary>
    public bool Enabled { get; set; } = true;
}

public enum JobStore
{
    Memory,
    Postgres,
}
