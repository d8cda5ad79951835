using CustomiseYou.Application.Products.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class ProductQueries(AppDbContext db) : IProductQueries
{
    public async Task<ProductDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return product is null ? null : ProductDto.From(product);
    }
}
