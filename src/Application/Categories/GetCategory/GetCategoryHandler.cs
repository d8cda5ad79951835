using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Categories.GetCategory;

public sealed class GetCategoryHandler(ICategoryQueries queries) : IQueryHandler<GetCategoryQuery, Result<CategoryDto>>
{
    public async ValueTask<Result<CategoryDto>> Handle(GetCategoryQuery query, CancellationToken cancellationToken) =>
        await queries.FindAsync(query.Id, cancellationToken) is { } category
            ? category
            : CategoryErrors.NotFound(query.Id);
}
