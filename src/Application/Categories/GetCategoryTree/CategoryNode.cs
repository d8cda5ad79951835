using CustomiseYou.Application.Categories.Common;
namespace CustomiseYou.Application.Categories.GetCategoryTree;

public sealed record CategoryNode(Guid Id, string Name, string Slug, int Position, IReadOnlyList<CategoryNode> Children);
