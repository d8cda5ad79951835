using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.CreateCategory;

public sealed class CreateCategoryHandler(ICategoryRepository categories, TimeProvider clock)
    : ICommandHandler<CreateCategoryCommand, Result<CategoryDto>>
{
    public async ValueTask<Result<CategoryDto>> Handle(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        if (command.ParentId is { } parentId && await categories.GetByIdAsync(parentId, cancellationToken) is null)
        {
            return CategoryErrors.ParentNotFound(parentId);
        }

        var category = Category.Create(
            Guid.CreateVersion7(), command.Name, command.Slug, command.ParentId, command.Position ?? 0, clock.GetUtcNow());
        if (await categories.SlugTakenAsync(category.ParentId, category.Slug, exceptId: null, cancellationToken))
        {
            return CategoryErrors.SlugTaken(category.Slug);
        }

        categories.Add(category);
        return category.ToDto();
    }
}
