using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.RequestReturn;

/// <summary>The customer asks to return a delivered order within the region's return window.</summary>
[Authorize]
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record RequestReturnCommand(Guid Id, ReturnReason Reason, string? Note) : ICommand<Result<OrderDetailDto>>;
