using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Products.AddProductImage;
using CustomiseYou.Application.Products.ArchiveProduct;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Application.Products.CreateProduct;
using CustomiseYou.Application.Products.GetProduct;
using CustomiseYou.Application.Products.GetProductImage;
using CustomiseYou.Application.Products.PublishProduct;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.Application.Products.SetInventory;
using CustomiseYou.Application.Products.UpdateProduct;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.OpenApi;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CustomiseYou.WebApi.Endpoints;

public sealed class Products : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/products").WithTags("Catalog");

        group.MapGet("/", async ([AsParameters] SearchRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(request.ToQuery(), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<SearchProductsQuery>()
            .AllowedValues("sort", ProductSorts.Names)
            .WithSummary("Published products: full-text search with typo tolerance, filters, sorts, keyset cursor, facets.")
            .Produces<ProductSearchPage>().ProducesValidationProblem();

        group.MapPost("/", async ([FromBody] CreateProductCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(http, product => TypedResults.Created($"/api/v1/products/{product.Id}", product)))
            .UseCase<CreateProductCommand>()
            .WithSummary("Creates a draft product for the caller's seller profile.")
            .Produces<ProductDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetProductQuery(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<GetProductQuery>()
            .WithSummary("One product: published ones for anyone, drafts and archived ones for their seller and admins.")
            .Produces<ProductDto>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPatch("/{id:guid}", async (Guid id, [FromBody] UpdateProductRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new UpdateProductCommand(id, body.Title, body.Description, body.CategoryId, body.BasePrice, body.Tags), ct))
                .ToHttp(http, TypedResults.Ok))
            .UseCase<UpdateProductCommand>()
            .WithSummary("Changes title, description, category, base price or tags (the product's seller).")
            .Produces<ProductDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/publish", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new PublishProductCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<PublishProductCommand>()
            .WithSummary("Publishes: needs a KYC-verified seller, a price above zero and an image (409 lists what is missing).")
            .Produces<ProductDto>().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/archive", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new ArchiveProductCommand(id), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<ArchiveProductCommand>()
            .WithSummary("Takes a product off sale (the product's seller); its orders are kept.")
            .Produces<ProductDto>();

        group.MapPut("/{id:guid}/inventory",
                async (Guid id, [FromBody] InventoryRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new SetInventoryCommand(id, body.Stock), ct)).ToHttp(http, TypedResults.Ok))
            .UseCase<SetInventoryCommand>()
            .WithSummary("Sets stock on hand; it cannot go below what checkouts have reserved (409).")
            .Produces<ProductDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/images", async (Guid id, IFormFile file, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                return (await sender.Send(new AddProductImageCommand(id, new UploadedFile(content, file.Length)), ct))
                    .ToHttp(http, image => TypedResults.Created(image.Url, image));
            })
            .UseCase<AddProductImageCommand>()
            .DisableAntiforgery()
            .WithSummary("Adds an image (JPEG, PNG or WebP by content, at most 5 MB) as multipart field 'file'.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ProductImageDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        group.MapGet("/{id:guid}/images/{imageId:guid}", async (Guid id, Guid imageId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetProductImageQuery(id, imageId), ct))
                .ToHttp(http, image => TypedResults.Stream(image.Content, image.ContentType)))
            .UseCase<GetProductImageQuery>()
            .WithSummary("One of the product's images.")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public sealed record SearchRequest(
        string? Q,
        Guid? CategoryId,
        Guid? SellerId,
        decimal? MinPrice,
        decimal? MaxPrice,
        bool? Customizable,
        decimal? MinRating,
        string? Sort,
        int? Limit,
        string? Cursor)
    {
        public SearchProductsQuery ToQuery() => new(Q, CategoryId, SellerId, MinPrice, MaxPrice, Customizable, MinRating, Sort, Limit ?? 20, Cursor);
    }

    public sealed record UpdateProductRequest(string? Title, string? Description, Guid? CategoryId, MoneyDto? BasePrice, IReadOnlyList<string>? Tags);

    public sealed record InventoryRequest(int Stock);
}
