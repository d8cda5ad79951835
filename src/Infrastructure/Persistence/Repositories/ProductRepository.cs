using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Sellers;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class ProductRepository(AppDbContext db) : IProductRepository
{
    public Task<Product?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<bool> SkuTakenAsync(Guid sellerId, string sku, Guid? exceptId, CancellationToken cancellationToken) =>
        db.Products.AnyAsync(p => p.SellerId == sellerId && p.Sku == sku && p.Id != exceptId, cancellationToken);

    public Task<bool> AnyInCategoryAsync(Guid categoryId, CancellationToken cancellationToken) =>
        db.Products.AnyAsync(p => p.CategoryId == categoryId, cancellationToken);

    public void Add(Product product) => db.Products.Add(product);
}
