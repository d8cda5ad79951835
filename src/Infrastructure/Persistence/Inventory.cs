using CustomiseYou.Application.Products.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// Each movement is one UPDATE guarded by its own condition, run in the use case's transaction: the database
/// serialises concurrent reservations on the row, so stock is never oversold and never negative.
/// </summary>
internal sealed class Inventory(AppDbContext db) : IInventory
{
    public async Task<bool> TryReserveAsync(Guid productId, int quantity, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE products SET reserved = reserved + {quantity}
            WHERE id = {productId} AND tenant_id = {db.TenantId} AND status = 'Published' AND stock - reserved >= {quantity}
            """,
            cancellationToken) == 1;

    public Task ReleaseAsync(Guid productId, int quantity, CancellationToken cancellationToken) =>
        Expect(db.Database.ExecuteSqlAsync(
            $"UPDATE products SET reserved = reserved - {quantity} WHERE id = {productId} AND tenant_id = {db.TenantId} AND reserved >= {quantity}",
            cancellationToken), productId);

    public Task CommitSaleAsync(Guid productId, int quantity, CancellationToken cancellationToken) =>
        Expect(db.Database.ExecuteSqlAsync(
            $"""
            UPDATE products SET reserved = reserved - {quantity}, stock = stock - {quantity}
            WHERE id = {productId} AND tenant_id = {db.TenantId} AND reserved >= {quantity}
            """,
            cancellationToken), productId);

    public Task RestockAsync(Guid productId, int quantity, CancellationToken cancellationToken) =>
        Expect(db.Database.ExecuteSqlAsync(
            $"UPDATE products SET stock = stock + {quantity} WHERE id = {productId} AND tenant_id = {db.TenantId}",
            cancellationToken), productId);

    /// <summary>A movement that matches no row means the books disagree; fail loudly rather than drift.</summary>
    private static async Task Expect(Task<int> update, Guid productId)
    {
        if (await update != 1)
        {
            throw new InvalidOperationException($"Stock movement for product {productId} matched no row; reserved/stock are inconsistent.");
        }
    }
}
