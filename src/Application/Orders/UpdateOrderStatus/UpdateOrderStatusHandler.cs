using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateOrderStatus;

public sealed class UpdateOrderStatusHandler(OrderAccess access, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateOrderStatusCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(UpdateOrderStatusCommand command, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (order, actor) = loaded.Value;
        if (actor == OrderActor.Customer)
        {
            return Error.Forbidden("order.seller_only", "Only the seller moves an order through production and shipping.");
        }

        var now = clock.GetUtcNow();
        var actorId = currentUser.RequiredUserId;
        switch (command.Status)
        {
            case OrderStatus.InProduction:
                order.StartProduction(actor, actorId, now);
                break;
            case OrderStatus.Shipped:
                order.Ship(actor, actorId, command.TrackingNumber!, now);
                break;
            default:
                order.Deliver(actor, actorId, now);
                break;
        }

        return OrderDetailDto.From(order);
    }
}
