using CustomiseYou.Application.Identity.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class IdentityQueries(AppDbContext db) : IIdentityQueries
{
    public async Task<MeDto?> GetMeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null
            ? null
            : new MeDto(user.Id, user.Email, user.EmailVerified, user.FullName, user.Phone, user.PhoneVerified, [.. user.Roles], user.CreatedAt);
    }

    public async Task<IReadOnlyList<SessionDto>> ListActiveSessionsAsync(
        Guid userId, Guid? currentSessionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedAt == null)
            .Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.UserAgent, s.IpAddress, s.Id == currentSessionId))
            .ToListAsync(cancellationToken);
        // Filtered and sorted in memory: SQLite cannot compare DateTimeOffset, and a person has few sessions.
        return [.. sessions.Where(s => s.ExpiresAt > now).OrderByDescending(s => s.LastUsedAt)];
    }
}
