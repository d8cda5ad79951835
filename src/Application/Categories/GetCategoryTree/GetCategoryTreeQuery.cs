using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Common.Security;
using Mediator;

namespace CustomiseYou.Application.Categories.GetCategoryTree;

[PublishableKeyAllowed]
public sealed record GetCategoryTreeQuery : IQuery<IReadOnlyList<CategoryNode>>;
