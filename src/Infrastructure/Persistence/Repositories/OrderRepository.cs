using CustomiseYou.Domain.Orders;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class OrderRepository(AppDbContext db, ITimeDialect time) : IOrderRepository
{
    public Task<Order?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Orders.AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Order>> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken) =>
        await db.Orders.AsSplitQuery().Where(o => o.CheckoutId == checkoutId).OrderBy(o => o.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Order>> GetUnpaidDueBeforeAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await time.ListAsync(
            db.Orders.AsSplitQuery().Where(o => o.Status == OrderStatus.PendingPayment),
            pending => pending.Where(o => o.PaymentDueBy < now).OrderBy(o => o.PaymentDueBy).Take(limit),
            cancellationToken);

    public async Task<IReadOnlyList<Order>> GetDeliveredBeforeAsync(DateTimeOffset deliveredBefore, int limit, CancellationToken cancellationToken) =>
        await time.ListAsync(
            db.Orders.AsSplitQuery().Where(o => o.Status == OrderStatus.Delivered),
            delivered => delivered.Where(o => o.DeliveredAt < deliveredBefore).OrderBy(o => o.DeliveredAt).Take(limit),
            cancellationToken);

    public void Add(Order order) => db.Orders.Add(order);
}
