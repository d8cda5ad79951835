using CustomiseYou.Domain.Catalog;

namespace CustomiseYou.Application.Categories.Common;

internal static class CategoryMapping
{
    public static CategoryDto ToDto(this Category category) =>
        new(category.Id, category.Name, category.Slug, category.ParentId, category.Position);
}
