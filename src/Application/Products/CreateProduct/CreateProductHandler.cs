using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.CreateProduct;

public sealed class CreateProductHandler(
    ProductAccess access, IProductRepository products, ICategoryRepository categories, TimeProvider clock)
    : ICommandHandler<CreateProductCommand, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var seller = await access.CallerSellerAsync(cancellationToken);
        if (seller is null)
        {
            return ProductErrors.SellerRequired;
        }

        if (await categories.GetByIdAsync(command.CategoryId, cancellationToken) is null)
        {
            return ProductErrors.CategoryNotFound(command.CategoryId);
        }

        if (await products.SkuTakenAsync(seller.Id, command.Sku.Trim(), null, cancellationToken))
        {
            return ProductErrors.SkuTaken(command.Sku);
        }

        var product = Product.Create(
            Guid.CreateVersion7(), seller.Id, command.Title, command.Description, command.CategoryId, command.BasePrice.ToMoney(),
            command.Sku, command.Stock, command.Tags ?? [], clock.GetUtcNow());
        products.Add(product);
        return ProductDto.From(product);
    }
}
