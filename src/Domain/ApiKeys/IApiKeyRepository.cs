namespace CustomiseYou.Domain.ApiKeys;

public interface IApiKeyRepository
{
    Task<ApiKey?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    void Add(ApiKey key);
}
