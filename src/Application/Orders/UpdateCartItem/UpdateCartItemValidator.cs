using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.UpdateCartItem;

public sealed class UpdateCartItemValidator : AbstractValidator<UpdateCartItemCommand>
{
    public UpdateCartItemValidator() => RuleFor(c => c.Quantity).InclusiveBetween(1, Cart.MaxQuantity);
}
