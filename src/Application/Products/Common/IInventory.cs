namespace CustomiseYou.Application.Products.Common;

/// <summary>
/// Stock movements as single conditional statements inside the use case's transaction, never read-then-write,
/// so concurrent checkouts cannot oversell.
/// </summary>
public interface IInventory
{
    /// <summary><c>reserved += n</c> only while <c>stock - reserved &gt;= n</c> on a published product; false when short.</summary>
    Task<bool> TryReserveAsync(Guid productId, int quantity, CancellationToken cancellationToken);

    /// <summary>An unpaid order gives its reservation back.</summary>
    Task ReleaseAsync(Guid productId, int quantity, CancellationToken cancellationToken);

    /// <summary>Payment turns the reservation into a sale: reserved and stock both drop.</summary>
    Task CommitSaleAsync(Guid productId, int quantity, CancellationToken cancellationToken);

    /// <summary>A paid order cancelled, or a return received: the items are back on the shelf.</summary>
    Task RestockAsync(Guid productId, int quantity, CancellationToken cancellationToken);
}
