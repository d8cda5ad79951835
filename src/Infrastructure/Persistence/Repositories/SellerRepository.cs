using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Sellers;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class SellerRepository(AppDbContext db) : ISellerRepository
{
    public Task<Seller?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sellers.AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Seller?> GetByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken) =>
        db.Sellers.AsSplitQuery().FirstOrDefaultAsync(s => s.OwnerUserId == ownerUserId, cancellationToken);

    public void Add(Seller seller) => db.Sellers.Add(seller);
}
