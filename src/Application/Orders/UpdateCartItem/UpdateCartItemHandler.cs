using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateCartItem;

public sealed class UpdateCartItemHandler(ICartRepository carts, ICurrentUser currentUser) : ICommandHandler<UpdateCartItemCommand, Result<Success>>
{
    public async ValueTask<Result<Success>> Handle(UpdateCartItemCommand command, CancellationToken cancellationToken)
    {
        var cart = await carts.GetForCustomerAsync(currentUser.RequiredUserId, cancellationToken);
        if (cart?.Find(command.LineId) is not { } line)
        {
            return OrderErrors.CartLineNotFound(command.LineId);
        }

        cart.ChangeQuantity(line, command.Quantity);
        return Success.Value;
    }
}
