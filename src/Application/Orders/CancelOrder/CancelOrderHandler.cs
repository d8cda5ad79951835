using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.CancelOrder;

public sealed class CancelOrderHandler(OrderAccess access, StockMovements stock, ICurrentUser currentUser, TimeProvider clock)
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
        var wasPaid = order.Cancel(actor, currentUser.RequiredUserId, command.Reason?.Trim() ?? $"cancelled by the {actor.ToString().ToLowerInvariant()}", clock.GetUtcNow());
        await stock.OnCancelledAsync(order, wasPaid, cancellationToken);
        return OrderDetailDto.From(order);
    }
}
