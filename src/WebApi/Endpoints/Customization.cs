using System.Text.Json;
using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Customization.DefineCustomization;
using CustomiseYou.Application.Customization.GetArtwork;
using CustomiseYou.Application.Customization.GetCustomization;
using CustomiseYou.Application.Customization.PreviewCustomization;
using CustomiseYou.Application.Customization.QuoteCustomization;
using CustomiseYou.Application.Customization.UploadArtwork;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Customization : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var product = api.MapGroup("/products/{id:guid}/customization").WithTags("Customisation");

        product.MapPut("/", async (Guid id, [FromBody] CustomizationDefinitionDto body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DefineCustomizationCommand(id, body), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<DefineCustomizationCommand>()
            .WithSummary("Defines the product's options, price rules and preview template as a new immutable version (owner).")
            .Produces<CustomizationVersionDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        product.MapGet("/", async (Guid id, int? version, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetCustomizationQuery(id, version), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetCustomizationQuery>()
            .WithSummary("The current version, or ?version=n.")
            .Produces<CustomizationVersionDto>().ProducesProblem(StatusCodes.Status404NotFound);

        product.MapPost("/quote", async (Guid id, [FromBody] QuoteRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new QuoteCustomizationQuery(id, body.Quantity, body.Selections, body.Locale), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<QuoteCustomizationQuery>()
            .WithSummary("Unit price with its breakdown, total, lead time and normalised selection; 422 with errors per option key.")
            .Produces<QuoteDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        product.MapPost("/preview", async (Guid id, [FromBody] PreviewRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new PreviewCustomizationQuery(id, body.Selections), ct))
                .ToHttp(http, svg => TypedResults.Text(svg, "image/svg+xml")))
            .UseCase<PreviewCustomizationQuery>()
            .WithSummary("An SVG preview of the selection in the seller's template.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var uploads = api.MapGroup("/customization/uploads").WithTags("Customisation");
        uploads.MapPost("/", async (IFormFile file, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                return (await sender.Send(new UploadArtworkCommand(new UploadedFile(content, file.Length)), ct))
                    .ToHttp(http, upload => TypedResults.Created(upload.Url, upload));
            })
            .UseCase<UploadArtworkCommand>()
            .DisableAntiforgery()
            .WithSummary("Uploads artwork (JPEG or PNG, at most 20 MB) for an image option; use the returned id as the option's value.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<UploadDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        uploads.MapGet("/{uploadId:guid}", async (Guid uploadId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetArtworkQuery(uploadId), ct)).ToHttp(http, image => TypedResults.Stream(image.Content, image.ContentType)))
            .UseCase<GetArtworkQuery>()
            .WithSummary("The uploaded artwork image, for whoever uploaded it.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public sealed record QuoteRequest(int Quantity, IReadOnlyDictionary<string, JsonElement>? Selections, string? Locale);

    public sealed record PreviewRequest(IReadOnlyDictionary<string, JsonElement>? Selections);
}
