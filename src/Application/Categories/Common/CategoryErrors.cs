using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Categories.Common;

public static class CategoryErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("category.not_found", $"Category '{id}' does not exist.");

    public static Error ParentNotFound(Guid id) =>
        Error.Validation("category.parent_not_found", $"Parent category '{id}' does not exist.", "parentId");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("category.slug_taken", $"A sibling category already uses the slug '{slug}'.");

    public static readonly Error NotEmpty =
        Error.Conflict("category.not_empty", "The category still holds subcategories or products.");
}
