using System.Net;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using JobRunStatus = CustomiseYou.Application.Jobs.Common.JobRunStatus;

namespace CustomiseYou.WebApi.IntegrationTests.Jobs;

[Collection(ApiCollection.Name)]
public sealed class AdminJobsTests(ApiFactory api)
{
    private const string Job = "complete-delivered-orders";

    [Fact]
    public async Task An_admin_runs_a_job_follows_the_run_and_sees_it_in_the_job_list()
    {
        var admin = api.AdminFor("europe");

        var run = await JobTestKit.RunAsync(admin, Job);

        run.Status.ShouldBe(JobRunStatus.Succeeded, run.Error);
        run.Job.ShouldBe(Job);
        run.Manual.ShouldBeTrue();
        run.Outcome.ShouldEndWith("delivered orders completed");
        run.StartedAt.ShouldNotBeNull();
        run.FinishedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(run.StartedAt.Value);
        run.Error.ShouldBeNull();

        var jobs = await (await admin.GetAsync("/api/v1/admin/jobs")).ReadAsync<JobStatusDto[]>(HttpStatusCode.OK);
        jobs.Select(j => j.Name).ShouldBe(JobCatalog.All.Select(j => j.Name));
        var job = jobs.Single(j => j.Name == Job);
        job.Schedule.ShouldBe("0 15 * * * ?");
        job.TimeZone.ShouldBe("Europe/Berlin");
        job.NextFireTime.ShouldBeNull(); // the test hosts schedule nothing; runs happen only when asked for
        job.LastRun.ShouldNotBeNull().Id.ShouldBe(run.Id);
        job.LastRun.Status.ShouldBe(JobRunStatus.Succeeded);
        job.LastFireTime.ShouldBe(run.StartedAt);
    }

    [Fact]
    public async Task A_run_is_queued_while_its_trigger_waits_then_runs_under_the_same_id()
    {
        var admin = api.AdminFor("south-asia");
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var region = GroupMatcher<JobKey>.GroupEquals("south-asia"); // every job of the region, on every node of the cluster
        Guid runId;
        await scheduler.PauseJobGroups(region);
        try
        {
            runId = (await (await admin.PostAsync($"/api/v1/admin/jobs/{Job}/run", null)).ReadAsync<JobRunAccepted>(HttpStatusCode.Accepted)).RunId;

            var queued = await (await admin.GetAsync($"/api/v1/admin/jobs/runs/{runId}")).ReadAsync<JobRunDto>(HttpStatusCode.OK);
            queued.Status.ShouldBe(JobRunStatus.Queued);
            queued.Job.ShouldBe(Job);
            queued.Manual.ShouldBeTrue();
            queued.StartedAt.ShouldBeNull();
            (await api.AdminFor("europe").GetAsync($"/api/v1/admin/jobs/runs/{runId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        finally
        {
            await scheduler.ResumeJobGroups(region);
        }

        var run = await JobTestKit.WaitForRunAsync(admin, runId);
        run.Status.ShouldBe(JobRunStatus.Succeeded, run.Error);
        run.Id.ShouldBe(runId);
    }

    [Fact]
    public async Task Each_region_keeps_only_the_latest_runs_of_a_job()
    {
        var admin = api.AdminFor("south-asia");
        var runs = new List<Guid>();
        for (var i = 0; i <= ApiFactory.Jobs.RunsKeptPerJob; i++)
        {
            runs.Add((await JobTestKit.RunAsync(admin, Job)).Id);
        }

        (await admin.GetAsync($"/api/v1/admin/jobs/runs/{runs[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/admin/jobs/runs/{runs[1]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM job_runs WHERE job = @job", ("job", Job)))
            .ShouldBe(ApiFactory.Jobs.RunsKeptPerJob);
    }

    [Fact]
    public async Task Only_admins_see_and_run_jobs()
    {
        var runId = (await JobTestKit.RunAsync(api.AdminFor("europe"), Job)).Id;
        foreach (var caller in new[] { api.ClientAs("europe", "customer"), api.ClientAs("europe", "seller"), api.ClientAs("europe", "compliance") })
        {
            (await Problem.ReadAsync(await caller.GetAsync("/api/v1/admin/jobs"), HttpStatusCode.Forbidden)).Code.ShouldBe("auth.forbidden");
            (await Problem.ReadAsync(await caller.PostAsync($"/api/v1/admin/jobs/{Job}/run", null), HttpStatusCode.Forbidden))
                .Code.ShouldBe("auth.forbidden");
            (await Problem.ReadAsync(await caller.GetAsync($"/api/v1/admin/jobs/runs/{runId}"), HttpStatusCode.Forbidden))
                .Code.ShouldBe("auth.forbidden");
        }

        var anonymous = api.ClientFor("europe");
        (await anonymous.GetAsync("/api/v1/admin/jobs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"/api/v1/admin/jobs/{Job}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_job_or_run_is_404()
    {
        var admin = api.AdminFor("europe");

        (await Problem.ReadAsync(await admin.PostAsync("/api/v1/admin/jobs/no-such-job/run", null), HttpStatusCode.NotFound))
            .Code.ShouldBe("job.not_found");
        (await Problem.ReadAsync(await admin.GetAsync($"/api/v1/admin/jobs/runs/{Guid.NewGuid()}"), HttpStatusCode.NotFound))
            .Code.ShouldBe("job.run_not_found");
    }

    [Fact]
    public async Task Job_runs_belong_to_their_region()
    {
        var europeRun = await JobTestKit.RunAsync(api.AdminFor("europe"), "expire-unpaid-orders");
        var southAsia = api.AdminFor("south-asia");

        (await southAsia.GetAsync($"/api/v1/admin/jobs/runs/{europeRun.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var southAsiaJobs = await (await southAsia.GetAsync("/api/v1/admin/jobs")).ReadAsync<JobStatusDto[]>(HttpStatusCode.OK);
        southAsiaJobs.ShouldAllBe(job => job.TimeZone == "Asia/Kolkata");
        southAsiaJobs.ShouldNotContain(job => job.LastRun != null && job.LastRun.Id == europeRun.Id);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM job_runs WHERE id = @id", ("id", europeRun.Id))).ShouldBe(0);
        (await TestDatabases.ScalarAsync<string>("europe", "SELECT tenant_id FROM job_runs WHERE id = @id", ("id", europeRun.Id))).ShouldBe("europe");

        var southAsiaRun = await JobTestKit.RunAsync(southAsia, "expire-unpaid-orders");
        southAsiaRun.Status.ShouldBe(JobRunStatus.Succeeded, southAsiaRun.Error);
        (await api.AdminFor("europe").GetAsync($"/api/v1/admin/jobs/runs/{southAsiaRun.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
