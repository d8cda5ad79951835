using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.ListOrders;

/// <summary>The caller's orders as a customer, or (<see cref="AsSeller"/>) the queue of the caller's shop.</summary>
[Authorize]
[ApiScope(ApiScopes.OrdersRead)]
public sealed record ListOrdersQuery(bool AsSeller, OrderStatus? Status, int Limit, string? Cursor) : IQuery<Result<OrderPage>>;
