using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.GetCart;

[Authorize]
public sealed record GetCartQuery : IQuery<CartDto>;
