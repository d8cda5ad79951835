using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.ExpireUnpaidOrders;

/// <summary>Run by the scheduler per tenant: unpaid orders past their due time are cancelled and release their stock.</summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record ExpireUnpaidOrdersCommand(int BatchSize = 200) : ICommand<Result<int>>;
