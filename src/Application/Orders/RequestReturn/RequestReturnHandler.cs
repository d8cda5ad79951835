using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.RequestReturn;

public sealed class RequestReturnHandler(OrderAccess access, ICurrentUser currentUser, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RequestReturnCommand, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(RequestReturnCommand command, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(command.Id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (order, actor) = loaded.Value;
        if (actor != OrderActor.Customer)
        {
            return Error.Forbidden("order.customer_only", "Only the customer asks for a return.");
        }

        order.RequestReturn(currentUser.RequiredUserId, command.Reason, command.Note?.Trim(), tenant.Tenant.Orders.ReturnWindow, clock.GetUtcNow());
        return OrderDetailDto.From(order);
    }
}
