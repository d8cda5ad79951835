using System.Net;
using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Jobs;

/// <summary>Runs scheduled jobs on demand through the admin routes, the way an operator does, and waits for the result.</summary>
public static class JobTestKit
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Asks for one run of <paramref name="job"/> in the admin's region and returns the run once it has finished.</summary>
    public static async Task<JobRunDto> RunAsync(HttpClient admin, string job)
    {
        var response = await admin.PostAsync($"/api/v1/admin/jobs/{job}/run", null);
        var accepted = await response.ReadAsync<JobRunAccepted>(HttpStatusCode.Accepted);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/admin/jobs/runs/{accepted.RunId}");
        return await WaitForRunAsync(admin, accepted.RunId);
    }

    /// <summary>Polls the run until it has succeeded or failed.</summary>
    public static async Task<JobRunDto> WaitForRunAsync(HttpClient admin, Guid runId)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (true)
        {
            var response = await admin.GetAsync($"/api/v1/admin/jobs/runs/{runId}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // Once seen a run must not vanish; say what the region's jobs looked like when it did.
                var jobs = await (await admin.GetAsync("/api/v1/admin/jobs")).Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"Run {runId} was not found. The region's jobs then: {jobs}");
            }

            var run = await response.ReadAsync<JobRunDto>(HttpStatusCode.OK);
            if (run.Status is JobRunStatus.Succeeded or JobRunStatus.Failed)
            {
                return run;
            }

            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, $"Run {runId} is still {run.Status} after {Timeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Asks for one run and expects it to succeed; returns its outcome text.</summary>
    public static async Task<string> RunSuccessfullyAsync(HttpClient admin, string job)
    {
        var run = await RunAsync(admin, job);
        run.Status.ShouldBe(JobRunStatus.Succeeded, run.Error);
        return run.Outcome!;
    }
}
