using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class ProductQueries(AppDbContext db) : IProductQueries
{
    // Compiled once: the product page is the hottest read, and a LINQ query pays for parameter extraction and the
    // query-cache lookup on every call. Same SQL as before (the tenant filter still applies, read from the context).
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Product?>> ById = EF.CompileAsyncQuery(
        (AppDbContext context, Guid id, CancellationToken _) => context.Products.AsNoTracking().FirstOrDefault(p => p.Id == id));

    public async Task<ProductDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await ById(db, id, cancellationToken);
        return product is null ? null : ProductDto.From(product);
    }
}
