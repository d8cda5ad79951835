using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Products.GetProduct;

public sealed class GetProductHandler(IProductQueries queries, ProductAccess access) : IQueryHandler<GetProductQuery, Result<ProductDto>>
{
    public async ValueTask<Result<ProductDto>> Handle(GetProductQuery query, CancellationToken cancellationToken)
    {
        var product = await queries.FindAsync(query.Id, cancellationToken);
        return product is not null && await access.CanViewAsync(product.SellerId, product.Status, cancellationToken)
            ? product
            : ProductErrors.NotFound(query.Id);
    }
}
