using CustomiseYou.Application.Tenancy.GetCurrentTenant;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Tenancy : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/tenant", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentTenantQuery(), ct)))
            .UseCase<GetCurrentTenantQuery>()
            .WithTags("Tenancy")
            .WithName("GetCurrentTenant")
            .WithSummary("The region this request runs in: currency, time zone, payment provider, privacy regime, locales.");
    }
}
