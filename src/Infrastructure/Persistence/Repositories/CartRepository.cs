using CustomiseYou.Domain.Orders;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class CartRepository(AppDbContext db) : ICartRepository
{
    public Task<Cart?> GetForCustomerAsync(Guid customerId, CancellationToken cancellationToken) =>
        db.Carts.FirstOrDefaultAsync(c => c.CustomerId == customerId, cancellationToken);

    public void Add(Cart cart) => db.Carts.Add(cart);
}
