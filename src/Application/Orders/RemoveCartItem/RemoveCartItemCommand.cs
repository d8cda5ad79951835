using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.RemoveCartItem;

[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RemoveCartItemCommand(Guid LineId) : ICommand<Result<Success>>;
