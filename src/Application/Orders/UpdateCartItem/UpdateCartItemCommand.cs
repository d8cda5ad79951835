using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateCartItem;

[Authorize]
public sealed record UpdateCartItemCommand(Guid LineId, int Quantity) : ICommand<Result<Success>>;

public sealed class UpdateCartItemValidator : AbstractValidator<UpdateCartItemCommand>
{
    public UpdateCartItemValidator() => RuleFor(c => c.Quantity).InclusiveBetween(1, Cart.MaxQuantity);
}

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
