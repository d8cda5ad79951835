using CustomiseYou.Domain.Orders;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class CheckoutRepository(AppDbContext db) : ICheckoutRepository
{
    public void Add(PlacedCheckout placed)
    {
        db.Checkouts.Add(placed.Checkout);
        db.Orders.AddRange(placed.Orders);
    }
}
