using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.DeleteCategory;

[Authorize(Roles.Admin)]
public sealed record DeleteCategoryCommand(Guid Id) : ICommand<Result<Success>>;
