using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.RemoveCartItem;

public sealed class RemoveCartItemHandler(ICartRepository carts, ICurrentUser currentUser) : ICommandHandler<RemoveCartItemCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(RemoveCartItemCommand command, CancellationToken cancellationToken)
    {
        var cart = await carts.GetForCustomerAsync(currentUser.RequiredUserId, cancellationToken);
        if (cart?.Find(command.LineId) is not { } line)
        {
            return OrderErrors.CartLineNotFound(command.LineId);
        }

        cart.Remove(line);
        return Success.Value;
    }
}
