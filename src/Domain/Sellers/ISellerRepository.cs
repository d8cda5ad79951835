namespace CustomiseYou.Domain.Sellers;

public interface ISellerRepository
{
    Task<Seller?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<Seller?> GetByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken);

    void Add(Seller seller);
}
