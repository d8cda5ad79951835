using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.CreateCategory;

[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CreateCategoryCommand(string Name, Guid? ParentId, string? Slug, int? Position)
    : ICommand<Result<CategoryDto>>;
