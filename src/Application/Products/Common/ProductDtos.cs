using CustomiseYou.Application.Common.Models;
using CustomiseYou.Domain.Catalog;

namespace CustomiseYou.Application.Products.Common;

public sealed record ProductImageDto(Guid Id, string Url, int Position);

public sealed record ProductDto(
    Guid Id,
    Guid SellerId,
    string Title,
    string Description,
    Guid CategoryId,
    MoneyDto BasePrice,
    string Sku,
    int Stock,
    int Reserved,
    int Available,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ProductImageDto> Images,
    ProductStatus Status,
    bool Customizable,
    decimal RatingAverage,
    int RatingCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt)
{
    public static string ImageUrl(Guid productId, Guid imageId) => $"/api/v1/products/{productId}/images/{imageId}";

    public static ProductDto From(Product product) => new(
        product.Id,
        product.SellerId,
        product.Title,
        product.Description,
        product.CategoryId,
        MoneyDto.From(product.BasePrice),
        product.Sku,
        product.Stock,
        product.Reserved,
        product.Available,
        product.Tags,
        [.. product.Images.Select(i => new ProductImageDto(i.Id, ImageUrl(product.Id, i.Id), i.Position))],
        product.Status,
        product.Customizable,
        product.RatingAverage,
        product.RatingCount,
        product.CreatedAt,
        product.PublishedAt);
}
