using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.UpdateProduct;

public sealed class UpdateProductHandler(ProductAccess access, ICategoryRepository categories, TimeProvider clock)
    : ICommandHandler<UpdateProductCommand, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var found = await access.ForEditAsync(command.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (command.CategoryId is { } categoryId && await categories.GetByIdAsync(categoryId, cancellationToken) is null)
        {
            return ProductErrors.CategoryNotFound(categoryId);
        }

        var product = found.Value;
        product.UpdateDetails(command.Title, command.Description, command.CategoryId, command.BasePrice?.ToMoney(), command.Tags, clock.GetUtcNow());
        return ProductDto.From(product);
    }
}
