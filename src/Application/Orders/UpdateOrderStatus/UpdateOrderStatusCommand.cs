using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateOrderStatus;

/// <summary>The seller moves its order on: InProduction, Shipped (with tracking number), Delivered.</summary>
[Authorize]
[ApiScope(ApiScopes.OrdersWrite)]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateOrderStatusCommand(Guid Id, OrderStatus Status, string? TrackingNumber) : ICommand<Result<OrderDetailDto>>;
