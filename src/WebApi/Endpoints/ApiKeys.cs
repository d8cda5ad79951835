using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.ApiKeys.CreateApiKey;
using CustomiseYou.Application.ApiKeys.GetApiKey;
using CustomiseYou.Application.ApiKeys.ListApiKeys;
using CustomiseYou.Application.ApiKeys.RevokeApiKey;
using CustomiseYou.Application.ApiKeys.RotateApiKey;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class ApiKeys : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/admin/api-keys").WithTags("API keys");

        keys.MapPost("/", async ([FromBody] CreateApiKeyCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, issued => TypedResults.Created($"/api/v1/admin/api-keys/{issued.ApiKey.Id}", issued)))
            .UseCase<CreateApiKeyCommand>()
            .WithSummary("Creates a publishable or secret key (admin); the answer's `key` is the only time the key is shown.")
            .Produces<IssuedApiKeyDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        keys.MapGet("/", async (int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ListApiKeysQuery(limit, cursor), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ListApiKeysQuery>()
            .WithSummary("The region's keys (admin), oldest first, keyset-paginated: ?limit=20&cursor=…; never their secrets.")
            .Produces<ApiKeyPage>().ProducesValidationProblem();

        keys.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetApiKeyQuery(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetApiKeyQuery>()
            .WithSummary("One key (admin): kind, scopes, owner, rotation, revocation and last use.")
            .Produces<ApiKeyDto>().ProducesProblem(StatusCodes.Status404NotFound);

        keys.MapPost("/{id:guid}/rotate", async (Guid id, [FromBody] RotateRequest? body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RotateApiKeyCommand(id, body?.OverlapMinutes), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<RotateApiKeyCommand>()
            .WithSummary("Issues a new secret for the key (admin); the old one keeps working for `overlapMinutes` (default a day).")
            .Produces<IssuedApiKeyDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        keys.MapPost("/{id:guid}/revoke", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RevokeApiKeyCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<RevokeApiKeyCommand>()
            .WithSummary("Revokes the key (admin): refused from the next request on, on every node.")
            .Produces<ApiKeyDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    public sealed record RotateRequest(int? OverlapMinutes);
}
