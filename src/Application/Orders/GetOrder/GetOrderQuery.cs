using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.GetOrder;

[Authorize]
[ApiScope(ApiScopes.OrdersRead)]
public sealed record GetOrderQuery(Guid Id) : IQuery<Result<OrderDetailDto>>;
