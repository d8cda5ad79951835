using Mediator;

namespace CustomiseYou.Application.Categories.GetCategoryTree;

public sealed record GetCategoryTreeQuery : IQuery<IReadOnlyList<CategoryNode>>;
