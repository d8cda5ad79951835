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

internal sealed class OneTimeCodeRepository(AppDbContext db) : IOneTimeCodeRepository
{
    public Task<OneTimeCode?> GetLatestAsync(OneTimeCodePurpose purpose, string target, CancellationToken cancellationToken) =>
        ForTarget(purpose, target)
            .OrderByDescending(c => c.Id) // version-7 ids sort by creation time on every provider
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DateTimeOffset>> GetIssuedSinceAsync(
        OneTimeCodePurpose purpose, string target, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var issued = await ForTarget(purpose, target)
            .OrderByDescending(c => c.Id).Take(20).Select(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. issued.Where(createdAt => createdAt >= since)];
    }

    public void Add(OneTimeCode code) => db.OneTimeCodes.Add(code);

    /// <summary>The target is encrypted (ADR 0022): codes are found by its blind index, an HMAC under the region's key.</summary>
    private IQueryable<OneTimeCode> ForTarget(OneTimeCodePurpose purpose, string target)
    {
        var index = FieldEncryptionOptionsExtension.Of(db)!.BlindIndex.Compute(target);
        return db.OneTimeCodes.Where(c => c.Purpose == purpose && EF.Property<string>(c, TargetIndex) == index);
    }

    private static readonly string TargetIndex = EncryptedPropertyExtensions.BlindIndexPropertyOf(nameof(OneTimeCode.Target));
}

internal sealed class SessionRepository(AppDbContext db) : ISessionRepository
{
    public Task<Session?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Session?> GetByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Tokens.Any(t => t.Hash == hash), cancellationToken);

    public void Add(Session session) => db.Sessions.Add(session);
}
