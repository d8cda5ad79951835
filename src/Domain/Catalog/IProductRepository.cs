namespace CustomiseYou.Domain.Catalog;

public interface IProductRepository
{
    Task<Product?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> SkuTakenAsync(Guid sellerId, string sku, Guid? exceptId, CancellationToken cancellationToken);

    Task<bool> AnyInCategoryAsync(Guid categoryId, CancellationToken cancellationToken);

    void Add(Product product);
}
