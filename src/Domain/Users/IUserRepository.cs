namespace CustomiseYou.Domain.Users;

public interface IUserRepository
{
    Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<User?> GetByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<User?> GetByExternalLoginAsync(string provider, string subject, CancellationToken cancellationToken);

    /// <summary>The locale the user chose (null until they choose), read without loading the account.</summary>
    Task<string?> GetLocaleAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every user of the region holding <paramref name="role"/>, e.g. the admins to tell of a failed payout.</summary>
    Task<IReadOnlyList<Guid>> ListIdsInRoleAsync(string role, CancellationToken cancellationToken);

    void Add(User user);
}
