using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.DeleteCategory;

[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record DeleteCategoryCommand(Guid Id) : ICommand<Result<Success>>;
