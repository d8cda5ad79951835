using CustomiseYou.Domain.Customization;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class ProductCustomizationRepository(AppDbContext db) : IProductCustomizationRepository
{
    public Task<ProductCustomization?> GetLatestAsync(Guid productId, CancellationToken cancellationToken) =>
        db.ProductCustomizations.Where(c => c.ProductId == productId).OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<ProductCustomization?> GetVersionAsync(Guid productId, int version, CancellationToken cancellationToken) =>
        db.ProductCustomizations.FirstOrDefaultAsync(c => c.ProductId == productId && c.Version == version, cancellationToken);

    public void Add(ProductCustomization customization) => db.ProductCustomizations.Add(customization);
}
