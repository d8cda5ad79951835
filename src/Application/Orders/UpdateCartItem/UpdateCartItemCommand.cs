using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateCartItem;

[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record UpdateCartItemCommand(Guid LineId, int Quantity) : ICommand<Result<Success>>;
