using CustomiseYou.Application.Categories.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.GetCategoryTree;

public sealed class GetCategoryTreeHandler(ICategoryQueries queries)
    : IQueryHandler<GetCategoryTreeQuery, IReadOnlyList<CategoryNode>>
{
    public async ValueTask<IReadOnlyList<CategoryNode>> Handle(GetCategoryTreeQuery query, CancellationToken cancellationToken)
    {
        var all = await queries.ListAsync(cancellationToken);
        return BuildTree(all);
    }

    /// <summary>Builds the forest from a flat list already ordered by position then name.</summary>
    public static IReadOnlyList<CategoryNode> BuildTree(IReadOnlyList<CategoryDto> categories)
    {
        var childrenOf = categories.ToLookup(c => c.ParentId);
        return Build(null);

        IReadOnlyList<CategoryNode> Build(Guid? parentId) =>
            [.. childrenOf[parentId].Select(c => new CategoryNode(c.Id, c.Name, c.Slug, c.Position, Build(c.Id)))];
    }
}
