using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.CreateCategory;

[Authorize(Roles.Admin)]
public sealed record CreateCategoryCommand(string Name, Guid? ParentId, string? Slug, int? Position)
    : ICommand<Result<CategoryDto>>;
