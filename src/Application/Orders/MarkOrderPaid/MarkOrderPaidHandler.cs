using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.MarkOrderPaid;

public sealed class MarkOrderPaidHandler(IOrderRepository orders, StockMovements stock, PaymentSettlement settlement, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkOrderPaidCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(MarkOrderPaidCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.GetByIdAsync(command.Id, cancellationToken);
        if (order is null)
        {
            return OrderErrors.OrderNotFound(command.Id);
        }

        order.MarkPaid(clock.GetUtcNow());
        await stock.OnPaidAsync([order], cancellationToken);
        settlement.RecordManualPayment(order, currentUser.RequiredUserId);
        return OrderDetailDto.From(order);
    }
}
