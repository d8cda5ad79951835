using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Orders.Common;

/// <summary>What each order transition does to stock, in one place.</summary>
public sealed class StockMovements(IInventory inventory)
{
    /// <summary>Unpaid: the reservation goes back. Paid: the sold items go back on the shelf.</summary>
    public async Task OnCancelledAsync(Order order, bool wasPaid, CancellationToken cancellationToken)
    {
        foreach (var item in order.Items)
        {
            if (wasPaid)
            {
                await inventory.RestockAsync(item.ProductId, item.Quantity, cancellationToken);
            }
            else
            {
                await inventory.ReleaseAsync(item.ProductId, item.Quantity, cancellationToken);
            }
        }
    }

    public async Task OnPaidAsync(Order order, CancellationToken cancellationToken)
    {
        foreach (var item in order.Items)
        {
            await inventory.CommitSaleAsync(item.ProductId, item.Quantity, cancellationToken);
        }
    }

    public async Task OnReturnedAsync(Order order, CancellationToken cancellationToken)
    {
        foreach (var item in order.Items)
        {
            await inventory.RestockAsync(item.ProductId, item.Quantity, cancellationToken);
        }
    }
}
