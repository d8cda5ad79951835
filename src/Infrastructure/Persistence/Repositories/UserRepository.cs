using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class UserRepository(AppDbContext db) : IUserRepository
{
    public Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<User?> GetByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.Email == normalizedEmail, cancellationToken);

    public Task<User?> GetByExternalLoginAsync(string provider, string subject, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.ExternalLogins.Any(l => l.Provider == provider && l.Subject == subject), cancellationToken);

    public Task<string?> GetLocaleAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == id).Select(u => u.Locale).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListIdsInRoleAsync(string role, CancellationToken cancellationToken)
    {
        // Written as containment so PostgreSQL gets `@roles <@ roles`, which the GIN index ix_users_roles answers;
        // `Roles.Contains(role)` becomes `@role = ANY (roles)`, which reads every user of the region.
        string[] roles = [role];
        return await db.Users.Where(u => roles.All(r => u.Roles.Contains(r))).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public void Add(User user) => db.Users.Add(user);
}
