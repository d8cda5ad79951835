using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.CompleteDeliveredOrders;

/// <summary>
/// Run by the scheduler per tenant: delivered orders whose return window has passed without a return become
/// Completed, at most <paramref name="BatchSize"/> per run, oldest delivery first. Returns how many completed.
/// </summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CompleteDeliveredOrdersCommand(int BatchSize = 200) : ICommand<Result<int>>;
