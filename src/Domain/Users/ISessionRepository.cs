namespace CustomiseYou.Domain.Users;

public interface ISessionRepository
{
    Task<Session?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<Session?> GetByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken);

    void Add(Session session);
}
