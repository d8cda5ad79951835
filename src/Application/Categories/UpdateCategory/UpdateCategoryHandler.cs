using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.UpdateCategory;

public sealed class UpdateCategoryHandler(ICategoryRepository categories)
    : ICommandHandler<UpdateCategoryCommand, Result<CategoryDto>>
{
    public async ValueTask<Result<CategoryDto>> Handle(UpdateCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await categories.GetByIdAsync(command.Id, cancellationToken);
        if (category is null)
        {
            return CategoryErrors.NotFound(command.Id);
        }

        if (command.ParentId.HasValue && command.ParentId.Value != category.ParentId)
        {
            var ancestors = Array.Empty<Guid>() as IReadOnlyList<Guid>;
            if (command.ParentId.Value is { } parentId)
            {
                if (await categories.GetByIdAsync(parentId, cancellationToken) is null)
                {
                    return CategoryErrors.ParentNotFound(parentId);
                }

                ancestors = await categories.GetAncestorIdsAsync(parentId, cancellationToken);
            }

            category.MoveTo(command.ParentId.Value, ancestors);
        }

        if (command.Name is not null || command.Slug is not null)
        {
            category.Rename(command.Name ?? category.Name, command.Slug ?? (command.Name is null ? category.Slug : null));
        }

        if (command.Position is { } position)
        {
            category.Reorder(position);
        }

        if (await categories.SlugTakenAsync(category.ParentId, category.Slug, category.Id, cancellationToken))
        {
            return CategoryErrors.SlugTaken(category.Slug);
        }

        return category.ToDto();
    }
}
