using System.Net;
using System.Text.Json;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace CustomiseYou.WebApi.IntegrationTests.Jobs;

[Collection(ApiCollection.Name)]
public sealed class SchedulerHealthTests(ApiFactory api)
{
    [Fact]
    public async Task Readiness_reports_the_clustered_scheduler_running_and_reading_its_database()
    {
        var body = await (await api.OperatorClient().GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        var check = body.GetProperty("checks").GetProperty("job-scheduler");
        check.GetProperty("status").GetString().ShouldBe("Healthy");
        var data = check.GetProperty("data");
        data.GetProperty("store").GetString().ShouldBe("Postgres");
        data.GetProperty("state").GetString().ShouldBe("Running");
        data.GetProperty("jobs").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_scheduler_not_started_or_shut_down_is_degraded_not_unhealthy()
    {
        await using var factory = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = $"health-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore();
        }).Build();
        var scheduler = await factory.GetScheduler();
        var check = new SchedulerHealthCheck(factory, Options.Create(new JobsOptions()));

        var notStarted = await check.CheckHealthAsync(Context(check));
        notStarted.Status.ShouldBe(HealthStatus.Degraded);
        notStarted.Data["state"].ShouldBe("Created");

        await scheduler.Shutdown();
        var shutDown = await check.CheckHealthAsync(Context(check));
        shutDown.Status.ShouldBe(HealthStatus.Degraded);
        shutDown.Description.ShouldStartWith("The job scheduler is unavailable: ");
        shutDown.Exception.ShouldBeOfType<SchedulerException>();
    }

    private static HealthCheckContext Context(IHealthCheck check) =>
        new() { Registration = new HealthCheckRegistration("job-scheduler", check, HealthStatus.Degraded, tags: null) };
}
