using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.GetCategory;

[PublishableKeyAllowed]
public sealed record GetCategoryQuery(Guid Id) : IQuery<Result<CategoryDto>>;
