using CustomiseYou.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class CartRepository(AppDbContext db) : ICartRepository
{
    public Task<Cart?> GetForCustomerAsync(Guid customerId, CancellationToken cancellationToken) =>
        db.Carts.FirstOrDefaultAsync(c => c.CustomerId == customerId, cancellationToken);

    public void Add(Cart cart) => db.Carts.Add(cart);
}

internal sealed class OrderRepository(AppDbContext db) : IOrderRepository
{
    public Task<Order?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Order>> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken) =>
        await db.Orders.AsSplitQuery().Where(o => o.CheckoutId == checkoutId).OrderBy(o => o.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Order>> GetUnpaidDueBeforeAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var pending = db.Orders.AsSplitQuery().Where(o => o.Status == OrderStatus.PendingPayment);
        if (db.Database.IsSqlite())
        {
            // SQLite cannot compare DateTimeOffset in SQL; the embedded default holds a handful of demo orders.
            return [.. (await pending.ToListAsync(cancellationToken)).Where(o => o.PaymentDueBy < now).OrderBy(o => o.PaymentDueBy).Take(limit)];
        }

        return await pending.Where(o => o.PaymentDueBy < now).OrderBy(o => o.PaymentDueBy).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Order>> GetDeliveredBeforeAsync(DateTimeOffset deliveredBefore, int limit, CancellationToken cancellationToken)
    {
        var delivered = db.Orders.AsSplitQuery().Where(o => o.Status == OrderStatus.Delivered);
        if (db.Database.IsSqlite())
        {
            // As above: no DateTimeOffset comparison in SQLite SQL; demo data only.
            return [.. (await delivered.ToListAsync(cancellationToken))
                .Where(o => o.DeliveredAt < deliveredBefore).OrderBy(o => o.DeliveredAt).Take(limit)];
        }

        return await delivered.Where(o => o.DeliveredAt < deliveredBefore).OrderBy(o => o.DeliveredAt).Take(limit).ToListAsync(cancellationToken);
    }

    public void Add(Order order) => db.Orders.Add(order);
}

internal sealed class CheckoutRepository(AppDbContext db) : ICheckoutRepository
{
    public void Add(PlacedCheckout placed)
    {
        db.Checkouts.Add(placed.Checkout);
        db.Orders.AddRange(placed.Orders);
    }
}
