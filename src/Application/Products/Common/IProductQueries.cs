namespace CustomiseYou.Application.Products.Common;

/// <summary>Read side of single products, without tracking.</summary>
public interface IProductQueries
{
    Task<ProductDto?> FindAsync(Guid id, CancellationToken cancellationToken);
}
