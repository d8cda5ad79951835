using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.CancelOrder;

/// <summary>The customer cancels before production; the seller or an admin until it ships (refund due when paid).</summary>
[Authorize]
[Transaction(TransactionPolicy.HandlerCommits)]
public sealed record CancelOrderCommand(Guid Id, string? Reason) : ICommand<Result<OrderDetailDto>>;
