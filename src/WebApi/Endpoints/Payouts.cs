using CustomiseYou.Application.Jobs.Common;
using CustomiseYou.Application.Jobs.RunJob;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Application.Payouts.GetSellerBalance;
using CustomiseYou.Application.Payouts.ListPayouts;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Payouts : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var seller = api.MapGroup("/seller").WithTags("Payouts");
        seller.MapGet("/balance", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetSellerBalanceQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetSellerBalanceQuery>()
            .WithSummary("Pending (orders not complete), available (paid at the next run once above the minimum) and paid, in the region's currency.")
            .Produces<SellerBalanceDto>().ProducesProblem(StatusCodes.Status404NotFound);
        seller.MapGet("/payouts", async (PayoutStatus? status, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListPayoutsQuery(false, status, limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListPayoutsQuery>("ListMyPayouts")
            .WithSummary("The caller's payouts, newest period first.")
            .Produces<PayoutPage>();

        api.MapGet("/admin/payouts",
                async (PayoutStatus? status, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new ListPayoutsQuery(true, status, limit ?? 20, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListPayoutsQuery>("ListAllPayouts")
            .WithTags("Payouts")
            .WithSummary("Every seller's payouts (admin); status=Failed lists the ones that need a person.")
            .Produces<PayoutPage>().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/admin/payouts/run", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RunJobCommand(PayoutPolicy.JobName), ct))
                .ToHttp(http, accepted => TypedResults.Accepted($"/api/v1/admin/jobs/runs/{accepted.RunId}", accepted)))
            .UseCase<RunJobCommand>("RunPayouts")
            .WithTags("Payouts")
            .WithSummary("Runs this region's payout job now (admin): 202 with the run id to follow at /admin/jobs/runs/{runId}. "
                + "A second run in the same period pays nobody twice.")
            .Produces<JobRunAccepted>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
