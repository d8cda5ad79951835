using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders;

/// <summary>A cart line priced for checkout: what the order item will hold, and whose shop sells it.</summary>
public sealed record CheckoutLine(Guid SellerId, Guid ProductId, string Title, int Quantity, Money UnitPrice, CustomizationSnapshot? Customization);

/// <summary>One checkout and the orders it was split into, one per seller, each with its fee and the seller's share.</summary>
public sealed record PlacedCheckout(Checkout Checkout, IReadOnlyList<Order> Orders)
{
    public Money Total => Checkout.Total;
}

/// <summary>
/// Turns priced lines into one order per seller (in seller id order, so a replay splits the same way), each paying the
/// marketplace fee on its own total, and the checkout whose total is the sum the customer pays once.
/// </summary>
public static class CheckoutSplit
{
    public static PlacedCheckout Place(
        Guid checkoutId, Guid customerId, IReadOnlyCollection<CheckoutLine> lines, ShippingAddress address,
        decimal marketplaceFeePercent, DateTimeOffset now, TimeSpan paymentWindow)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new DomainException(Error.Rule("checkout.empty", "A checkout needs at least one line."));
        }

        var currency = lines.First().UnitPrice.Currency;
        if (lines.Any(l => l.UnitPrice.Currency != currency))
        {
            throw new DomainException(Error.Rule("checkout.currencies", "Every line of a checkout is priced in one currency."));
        }

        var orders = lines.GroupBy(l => l.SellerId).OrderBy(g => g.Key)
            .Select(group => Order.Place(
                Guid.CreateVersion7(), checkoutId, customerId, group.Key,
                group.Select(l => new OrderItemDraft(l.ProductId, l.Title, l.Quantity, l.UnitPrice, l.Customization)),
                address, marketplaceFeePercent, now, paymentWindow))
            .ToList();
        var total = orders.Aggregate(Money.Zero(currency), (sum, order) => sum + order.Total);
        return new PlacedCheckout(Checkout.Create(checkoutId, customerId, total, now), orders);
    }
}
