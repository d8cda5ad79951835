using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.DeleteCategory;

public sealed class DeleteCategoryHandler(ICategoryRepository categories, IProductRepository products, TimeProvider clock)
    : ICommandHandler<DeleteCategoryCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(DeleteCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await categories.GetByIdAsync(command.Id, cancellationToken);
        if (category is null)
        {
            return CategoryErrors.NotFound(command.Id);
        }

        if (await categories.HasChildrenAsync(category.Id, cancellationToken) || await products.AnyInCategoryAsync(category.Id, cancellationToken))
        {
            return CategoryErrors.NotEmpty;
        }

        category.Delete(clock.GetUtcNow());
        categories.Remove(category);
        return Success.Value;
    }
}
