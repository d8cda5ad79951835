using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Orders.Common;

public static class OrderErrors
{
    public static Error CartLineNotFound(Guid id) => Error.NotFound("cart.line_not_found", $"Cart line '{id}' does not exist.");

    public static readonly Error CartEmpty = Error.Rule("cart.empty", "The cart is empty.");

    public static Error ProductUnavailable(Guid id) => Error.Conflict("product.unavailable", $"Product '{id}' is not for sale.");

    public static Error OrderNotFound(Guid id) => Error.NotFound("order.not_found", $"Order '{id}' does not exist.");
}
