using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.MarkOrderPaid;

public sealed class MarkOrderPaidHandler(
    IOrderRepository orders, StockMovements stock, PaymentSettlement settlement, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkOrderPaidCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(MarkOrderPaidCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.GetByIdAsync(command.Id, cancellationToken);
        if (order is null)
        {
            return OrderErrors.OrderNotFound(command.Id);
        }

        order.MarkPaid(OrderActor.Admin, currentUser.RequiredUserId, clock.GetUtcNow());
        settlement.RecordManualPayment(order, currentUser.RequiredUserId);
        await unitOfWork.CommitAsync(ct => stock.OnPaidAsync([order], ct), cancellationToken);
        return OrderDetailDto.From(order);
    }
}
