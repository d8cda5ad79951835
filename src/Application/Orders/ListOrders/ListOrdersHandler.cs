using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.ListOrders;

public sealed class ListOrdersHandler(IOrderQueries queries, OrderAccess access, ICurrentUser currentUser)
    : IQueryHandler<ListOrdersQuery, Result<OrderPage>>
{
    public async ValueTask<Result<OrderPage>> Handle(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        if (!query.AsSeller)
        {
            return await queries.ListAsync(currentUser.RequiredUserId, null, query.Status, query.Limit, query.Cursor, cancellationToken);
        }

        var sellerId = await access.CallerSellerIdAsync(cancellationToken);
        return sellerId is null
            ? ProductErrors.SellerRequired
            : await queries.ListAsync(null, sellerId, query.Status, query.Limit, query.Cursor, cancellationToken);
    }
}
