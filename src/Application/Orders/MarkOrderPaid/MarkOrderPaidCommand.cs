using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.MarkOrderPaid;

/// <summary>
/// An admin records a payment received outside the provider flow (bank transfer, support case). Provider
/// webhooks will take the same path through <c>Order.MarkPaid</c>.
/// </summary>
[Authorize(Roles.Admin)]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record MarkOrderPaidCommand(Guid Id) : ICommand<Result<OrderDetailDto>>;
