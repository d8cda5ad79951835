using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>An order is visible to its customer, its seller and admins; to anyone else it does not exist (404).</summary>
public sealed class OrderAccess(IOrderRepository orders, ISellerRepository sellers, ICurrentUser currentUser)
{
    public async Task<Result<(Order Order, OrderActor Actor)>> LoadAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetByIdAsync(orderId, cancellationToken);
        if (order is null)
        {
            return OrderErrors.OrderNotFound(orderId);
        }

        if (currentUser.IsInRole(Roles.Admin))
        {
            return (order, OrderActor.Admin);
        }

        if (order.CustomerId == currentUser.UserId)
        {
            return (order, OrderActor.Customer);
        }

        var seller = currentUser.UserId is { } userId ? await sellers.GetByOwnerAsync(userId, cancellationToken) : null;
        return seller?.Id == order.SellerId ? (order, OrderActor.Seller) : OrderErrors.OrderNotFound(orderId);
    }

    public async Task<Guid?> CallerSellerIdAsync(CancellationToken cancellationToken) =>
        currentUser.UserId is { } userId ? (await sellers.GetByOwnerAsync(userId, cancellationToken))?.Id : null;
}
