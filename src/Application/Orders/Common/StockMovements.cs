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
