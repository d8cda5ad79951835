using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.GetCategory;

public sealed record GetCategoryQuery(Guid Id) : IQuery<Result<CategoryDto>>;
