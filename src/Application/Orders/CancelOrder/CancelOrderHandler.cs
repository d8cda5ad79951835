using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.CancelOrder;

public sealed class CancelOrderHandler(
    OrderAccess access, StockMovements stock, OrderRefunds refunds, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CancelOrderCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (order, actor) = loaded.Value;
        var reason = command.Reason?.Trim() ?? $"cancelled by the {actor.ToString().ToLowerInvariant()}";
        var wasPaid = order.Cancel(actor, currentUser.RequiredUserId, reason, clock.GetUtcNow());
        if (wasPaid && order.Refunded < order.Total)
        {
            // A failed refund fails the cancellation: the order stays as it was, nothing half done.
            var refunded = await refunds.RefundAsync(order, null, reason, "cancellation", cancellationToken);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }
        }

        await unitOfWork.CommitAsync(ct => stock.OnCancelledAsync([order], wasPaid, ct), cancellationToken);
        return OrderDetailDto.From(order);
    }
}
