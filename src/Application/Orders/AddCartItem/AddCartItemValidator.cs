using System.Text.Json;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using FluentValidation;
using Mediator;

namespace CustomiseYou.Application.Orders.AddCartItem;

public sealed class AddCartItemValidator : AbstractValidator<AddCartItemCommand>
{
    public AddCartItemValidator()
    {
        RuleFor(c => c.ProductId).NotEmpty();
        RuleFor(c => c.Quantity).InclusiveBetween(1, Domain.Orders.Cart.MaxQuantity);
        RuleFor(c => c.Selections).Must(s => s is null || s.Count <= Customization.Common.SelectionParser.MaxKeys);
    }
}
