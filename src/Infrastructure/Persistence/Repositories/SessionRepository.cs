using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class SessionRepository(AppDbContext db) : ISessionRepository
{
    public Task<Session?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Session?> GetByRefreshTokenHashAsync(string hash, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Tokens.Any(t => t.Hash == hash), cancellationToken);

    public void Add(Session session) => db.Sessions.Add(session);
}
