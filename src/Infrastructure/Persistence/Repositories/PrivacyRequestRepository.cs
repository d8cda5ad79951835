using CustomiseYou.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class PrivacyRequestRepository(AppDbContext db) : IPrivacyRequestRepository
{
    public Task<PrivacyRequest?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.PrivacyRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<PrivacyRequest?> GetOpenAsync(Guid subjectUserId, PrivacyRequestKind kind, Guid? requestedBy, CancellationToken cancellationToken) =>
        db.PrivacyRequests
            .Where(r => r.SubjectUserId == subjectUserId && r.Kind == kind)
            .Where(r => r.Status == PrivacyRequestStatus.Requested || r.Status == PrivacyRequestStatus.Running)
            .Where(r => requestedBy == null || r.RequestedBy == requestedBy)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> GetDueIdsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Times compared in memory (SQLite cannot compare DateTimeOffset); only open requests are read, a short list.
        var open = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Status == PrivacyRequestStatus.Requested || r.Status == PrivacyRequestStatus.Running)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status, r.LeaseUntil })
            .ToListAsync(cancellationToken);
        return [.. open.Where(r => r.Status == PrivacyRequestStatus.Requested || r.LeaseUntil <= now).Take(limit).Select(r => r.Id)];
    }

    public async Task<IReadOnlyList<Guid>> GetLapsedExportIdsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var ready = await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.Kind == PrivacyRequestKind.Export && r.Status == PrivacyRequestStatus.Ready)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ExpiresAt })
            .ToListAsync(cancellationToken);
        return [.. ready.Where(r => r.ExpiresAt <= now).Take(limit).Select(r => r.Id)];
    }

    public void Add(PrivacyRequest request) => db.PrivacyRequests.Add(request);
}
