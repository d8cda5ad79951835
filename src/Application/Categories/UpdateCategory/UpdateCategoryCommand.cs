using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.UpdateCategory;

/// <summary>Partial update: only supplied fields change; <c>ParentId</c> supplied as null moves the node to the root.</summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateCategoryCommand(
    Guid Id, string? Name, string? Slug, int? Position, Optional<Guid?> ParentId) : ICommand<Result<CategoryDto>>;
