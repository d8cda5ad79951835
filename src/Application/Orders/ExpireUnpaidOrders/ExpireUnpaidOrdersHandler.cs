using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.ExpireUnpaidOrders;

public sealed class ExpireUnpaidOrdersHandler(IOrderRepository orders, StockMovements stock, TimeProvider clock)
    : ICommandHandler<ExpireUnpaidOrdersCommand, Result<int>>
{
    public const string Reason = "PaymentTimeout";

    public async ValueTask<Result<int>> Handle(ExpireUnpaidOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = await orders.GetUnpaidDueBeforeAsync(now, command.BatchSize, cancellationToken);
        foreach (var order in overdue)
        {
            order.Cancel(OrderActor.System, null, Reason, now);
        }

        await stock.OnCancelledAsync(overdue, wasPaid: false, cancellationToken);

        return overdue.Count;
    }
}
