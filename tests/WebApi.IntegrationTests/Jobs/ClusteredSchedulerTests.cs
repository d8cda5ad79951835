using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using JobRunStatus = CustomiseYou.Application.Jobs.Common.JobRunStatus;

namespace CustomiseYou.WebApi.IntegrationTests.Jobs;

/// <summary>Two API hosts clustered on one scheduler database, as two production instances are.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClusteredSchedulerTests(ApiFactory api)
{
    private const string Job = "complete-delivered-orders";

    [Fact]
    public async Task Two_clustered_nodes_run_a_scheduled_fire_exactly_once_per_tenant()
    {
        var first = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var second = await api.SecondNode.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        first.SchedulerName.ShouldBe(second.SchedulerName);
        first.SchedulerInstanceId.ShouldNotBe(second.SchedulerInstanceId);
        await BothNodesCheckedInAsync(first, second);

        // One fire per tenant, a moment ahead so both nodes (polling every second) are there to compete for it.
        var since = DateTimeOffset.UtcNow;
        foreach (var tenant in TestDatabases.Tenants)
        {
            await first.ScheduleJob(TriggerBuilder.Create()
                .ForJob(TenantJobTriggers.JobKey(Job, tenant))
                .StartAt(since.AddSeconds(2))
                .Build());
        }

        foreach (var tenant in TestDatabases.Tenants)
        {
            var runs = await ScheduledRunsAsync(tenant, since, until: run => run.Status is JobRunStatus.Succeeded or JobRunStatus.Failed);
            runs.ShouldHaveSingleItem().Status.ShouldBe(JobRunStatus.Succeeded, runs[0].Error);
        }

        // A second execution would have started with the first; a few more polls of both nodes find nothing more.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        foreach (var tenant in TestDatabases.Tenants)
        {
            (await ScheduledRunsAsync(tenant, since, until: _ => true)).Count.ShouldBe(1);
        }
    }

    /// <summary>A node joins the cluster at its first check-in, just after its scheduler starts.</summary>
    private static async Task BothNodesCheckedInAsync(IScheduler first, IScheduler second)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var nodes = (await first.QueryClusterNodes()).Select(node => node.InstanceId).ToList();
            if (nodes.Contains(first.SchedulerInstanceId) && nodes.Contains(second.SchedulerInstanceId))
            {
                return;
            }

            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, $"The cluster shows only {string.Join(", ", nodes)}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Runs of the job that no one asked for by hand, created since <paramref name="since"/>, once one satisfies <paramref name="until"/>.</summary>
    private static async Task<List<(JobRunStatus Status, string? Error)>> ScheduledRunsAsync(
        string tenant, DateTimeOffset since, Func<(JobRunStatus Status, string? Error), bool> until)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var runs = await RunsAsync(tenant, since);
            if (runs.Any(until))
            {
                return runs;
            }

            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, $"No scheduled run of {Job} in {tenant} finished in time.");
            await Task.Delay(100);
        }
    }

    private static async Task<List<(JobRunStatus Status, string? Error)>> RunsAsync(string tenant, DateTimeOffset since)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabases.ConnectionString(tenant));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT status, error FROM job_runs WHERE job = @job AND NOT manual AND queued_at >= @since", connection);
        command.Parameters.AddWithValue("job", Job);
        command.Parameters.AddWithValue("since", since);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(JobRunStatus, string?)>();
        while (await reader.ReadAsync())
        {
            runs.Add((Enum.Parse<JobRunStatus>(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return runs;
    }
}
