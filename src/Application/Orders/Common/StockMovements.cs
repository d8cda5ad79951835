using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>
/// What each order transition does to stock, in one place: one statement per product, in product id order (as
/// checkout reserves), so transactions moving the same products lock them in the same order and cannot deadlock.
/// Callers move stock after their provider calls: a product row is then locked from its statement to the commit,
/// never across an HTTP request.
/// </summary>
public sealed class StockMovements(IInventory inventory)
{
    /// <summary>
    /// Checkout: one conditional UPDATE per product; any shortfall throws, so the caller's transaction rolls back every
    /// reservation made before it. Errors name the first cart line of each short product.
    /// </summary>
    public async Task ReserveAsync(IEnumerable<CartLine> lines, CancellationToken cancellationToken)
    {
        var shortages = new Dictionary<string, string[]>();
        foreach (var product in lines.GroupBy(l => l.ProductId).OrderBy(g => g.Key))
        {
            var quantity = product.Sum(l => l.Quantity);
            if (!await inventory.TryReserveAsync(product.Key, quantity, cancellationToken))
            {
                shortages[$"items[{product.First().Id}]"] = [$"Only fewer than {quantity} left in stock."];
            }
        }

        if (shortages.Count > 0)
        {
            throw new DomainException(Error.Conflict("checkout.out_of_stock", "Some items are out of stock.") with { Details = shortages });
        }
    }

    /// <summary>Unpaid: the reservation goes back. Paid: the sold items go back on the shelf.</summary>
    public Task OnCancelledAsync(IEnumerable<Order> orders, bool wasPaid, CancellationToken cancellationToken) =>
        MoveAsync(orders, wasPaid ? inventory.RestockAsync : inventory.ReleaseAsync, cancellationToken);

    public Task OnPaidAsync(IEnumerable<Order> orders, CancellationToken cancellationToken) =>
        MoveAsync(orders, inventory.CommitSaleAsync, cancellationToken);

    public Task OnReturnedAsync(Order order, CancellationToken cancellationToken) =>
        MoveAsync([order], inventory.RestockAsync, cancellationToken);

    private static async Task MoveAsync(IEnumerable<Order> orders, Func<Guid, int, CancellationToken, Task> move, CancellationToken cancellationToken)
    {
        foreach (var product in orders.SelectMany(o => o.Items).GroupBy(i => i.ProductId).OrderBy(g => g.Key))
        {
            await move(product.Key, product.Sum(i => i.Quantity), cancellationToken);
        }
    }
}
