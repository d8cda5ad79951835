using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Orders.AddCartItem;

public sealed class AddCartItemHandler(
    IProductRepository products, ICartRepository carts, CartPricing pricing, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddCartItemCommand, Result<CartLineDto>>
{
    public async ValueTask<Result<CartLineDto>> Handle(AddCartItemCommand command, CancellationToken cancellationToken)
    {
        var product = await products.GetByIdAsync(command.ProductId, cancellationToken);
        if (product is not { Status: ProductStatus.Published })
        {
            return Products.Common.ProductErrors.NotFound(command.ProductId);
        }

        var selection = SelectionParser.Parse(command.Selections);
        if (!selection.IsSuccess)
        {
            return selection.Error!;
        }

        var priced = await pricing.PriceAsync(product, command.Quantity, selection.Value, cancellationToken);
        if (!priced.IsSuccess)
        {
            return priced.Error!;
        }

        var cart = await carts.GetForCustomerAsync(currentUser.RequiredUserId, cancellationToken);
        if (cart is null)
        {
            cart = Cart.For(currentUser.RequiredUserId);
            carts.Add(cart);
        }

        var line = cart.Add(product.Id, command.Quantity, priced.Value.Customization, priced.Value.UnitPrice, clock.GetUtcNow());
        return new CartLineDto(
            line.Id, product.Id, product.Title, line.Quantity, MoneyDto.From(line.UnitQuote), MoneyDto.From((line.UnitQuote * line.Quantity).Round()),
            line.Customization?.Version,
            line.Customization is { } c
                ? SelectionParser.FromCanonicalJson(c.SelectionJson).ToDictionary(p => p.Key, p => SelectionJson.ToPlain(p.Value))
                : null);
    }
}
