using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.DecideReturn;

public sealed class DecideReturnHandler(
    OrderAccess access, StockMovements stock, OrderRefunds refunds, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DecideReturnCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(DecideReturnCommand command, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        // One return per order: its id is the order's id.
        if (command.ReturnId != command.Id)
        {
            return Error.NotFound("order.return_not_found", "No such return on this order.");
        }

        var (order, actor) = loaded.Value;
        if (actor == OrderActor.Customer)
        {
            return Error.Forbidden("order.seller_only", "Only the seller decides on a return.");
        }

        var now = clock.GetUtcNow();
        var actorId = currentUser.RequiredUserId;
        var restock = false;
        switch (command.Decision)
        {
            case ReturnDecision.Approve:
                order.ApproveReturn(actor, actorId, now);
                break;
            case ReturnDecision.Reject:
                order.RejectReturn(actor, actorId, command.Reason!.Trim(), now);
                break;
            default:
                order.MarkReturned(actor, actorId, now);
                if (order.Refunded < order.Total)
                {
                    var refunded = await refunds.RefundAsync(order, null, $"return: {order.ReturnReasonCode}", "return", cancellationToken);
                    if (!refunded.IsSuccess)
                    {
                        return refunded.Error!;
                    }
                }

                order.MarkRefunded(OrderActor.System, null, now);
                restock = true;
                break;
        }

        await unitOfWork.CommitAsync(ct => restock ? stock.OnReturnedAsync(order, ct) : Task.CompletedTask, cancellationToken);
        return OrderDetailDto.From(order);
    }
}
