using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Application.Jobs.GetJobRun;
using CustomiseYou.Application.Jobs.ListJobs;
using CustomiseYou.Application.Jobs.RunJob;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Jobs : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("Jobs");
        jobs.MapGet("/", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListJobsQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListJobsQuery>()
            .WithSummary("The region's scheduled jobs: cron and time zone, next and last fire, latest run (admin).")
            .Produces<IReadOnlyList<JobStatusDto>>();
        jobs.MapPost("/{job}/run", async (string job, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RunJobCommand(job), ct))
                .ToHttp(http, accepted => TypedResults.Accepted($"/api/v1/admin/jobs/runs/{accepted.RunId}", accepted)))
            .UseCase<RunJobCommand>()
            .WithSummary("Runs one job for the region now, next to its schedule (admin); follow the run at the Location.")
            .Produces<JobRunAccepted>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/runs/{runId:guid}", async (Guid runId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetJobRunQuery(runId), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetJobRunQuery>()
            .WithSummary("One run: Queued, Running, Succeeded or Failed, with its outcome or error (admin).")
            .Produces<JobRunDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
