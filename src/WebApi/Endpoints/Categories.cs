using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.CreateCategory;
using CustomiseYou.Application.Categories.DeleteCategory;
using CustomiseYou.Application.Categories.GetCategory;
using CustomiseYou.Application.Categories.GetCategoryTree;
using CustomiseYou.Application.Categories.UpdateCategory;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Categories : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/categories").WithTags("Categories");

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCategoryTreeQuery(), ct)))
            .UseCase<GetCategoryTreeQuery>()
            .WithSummary("The category tree, siblings ordered by position then name.");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetCategoryQuery(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetCategoryQuery>()
            .WithSummary("One category by id.")
            .Produces<CategoryDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async ([FromBody] CreateCategoryCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, category => TypedResults.Created($"/api/v1/categories/{category.Id}", category)))
            .UseCase<CreateCategoryCommand>()
            .WithSummary("Creates a category (admin).")
            .Produces<CategoryDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPatch("/{id:guid}", async (Guid id, [FromBody] UpdateCategoryRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateCategoryCommand(id, body.Name, body.Slug, body.Position, body.ParentId), ct))
                .ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateCategoryCommand>()
            .WithSummary("Renames, re-slugs, reorders or moves a category (admin). \"parentId\": null moves it to the root.")
            .Produces<CategoryDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeleteCategoryCommand(id), ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .UseCase<DeleteCategoryCommand>()
            .WithSummary("Deletes an empty category (admin); 409 while it holds subcategories or products.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record UpdateCategoryRequest(string? Name, string? Slug, int? Position, Optional<Guid?> ParentId);
}
