using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using Mediator;

namespace CustomiseYou.Application.Products.GetProductImage;

public sealed class GetProductImageHandler(IProductRepository products, ProductAccess access, IFileStore files)
    : IQueryHandler<GetProductImageQuery, Result<ProductImageContent>>
{
    public async ValueTask<Result<ProductImageContent>> Handle(GetProductImageQuery query, CancellationToken cancellationToken)
    {
        var product = await products.GetByIdAsync(query.ProductId, cancellationToken);
        if (product is null || !await access.CanViewAsync(product.SellerId, product.Status, cancellationToken))
        {
            return ProductErrors.NotFound(query.ProductId);
        }

        var image = product.Images.FirstOrDefault(i => i.Id == query.ImageId);
        var content = image is null ? null : await files.OpenReadAsync(image.FileKey, cancellationToken);
        return content is null ? ProductErrors.ImageNotFound(query.ImageId) : new ProductImageContent(content, image!.Kind.ContentType());
    }
}
