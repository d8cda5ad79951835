using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.CompleteDeliveredOrders;

public sealed class CompleteDeliveredOrdersHandler(IOrderRepository orders, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CompleteDeliveredOrdersCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(CompleteDeliveredOrdersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var returnWindow = tenant.Tenant.Orders.ReturnWindow;
        var due = await orders.GetDeliveredBeforeAsync(now - returnWindow, command.BatchSize, cancellationToken);
        foreach (var order in due)
        {
            order.Complete(returnWindow, now);
        }

        return due.Count;
    }
}
