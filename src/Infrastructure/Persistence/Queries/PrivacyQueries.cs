using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class PrivacyQueries(AppDbContext db) : IPrivacyQueries
{
    public async Task<AuditPage> ListAuditAsync(Guid? userId, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (userId is { } user)
        {
            query = query.Where(e => e.SubjectUserId == user || e.ActorUserId == user);
        }

        // Version-7 ids grow with the entry's time: the id alone is a stable newest-first keyset.
        if (KeysetCursor.DecodeId(cursor, "audit") is { } after)
        {
            query = query.Where(e => e.Id.CompareTo(after) < 0);
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(limit + 1)
            .Select(e => new AuditEntryDto(e.Id, e.At, e.ActorUserId, e.ActorRole, e.Action, e.SubjectUserId, e.TargetId, e.Reason, e.Detail))
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit).ToList();
        return new AuditPage(items, rows.Count > limit ? KeysetCursor.Encode(items[^1].Id) : null);
    }

    public async Task<IReadOnlyList<LegalHoldDto>> ListLegalHoldsAsync(Guid? userId, CancellationToken cancellationToken)
    {
        var query = db.LegalHolds.AsNoTracking();
        if (userId is { } user)
        {
            query = query.Where(h => h.UserId == user);
        }

        var holds = await query.OrderByDescending(h => h.Id).Take(200).ToListAsync(cancellationToken);
        return [.. holds.Select(LegalHoldDto.From)];
    }
}

internal sealed class ConsentQueries(AppDbContext db, ITenantContext tenant) : IConsentQueries
{
    public async Task<bool> IsGrantedAsync(Guid userId, ConsentPurpose purpose, CancellationToken cancellationToken) =>
        await db.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId && c.Purpose == purpose)
            .OrderByDescending(c => c.Id)
            .Select(c => (bool?)c.Granted)
            .FirstOrDefaultAsync(cancellationToken) == true;

    public async Task<ConsentsDto> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Version-7 ids follow the recording time, so the newest record of a purpose has the greatest id.
        var history = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderByDescending(c => c.Id)
            .Select(c => new ConsentChangeDto(c.Purpose, c.Granted, c.RecordedAt, c.Source, c.UserAgent, c.PolicyVersion))
            .ToListAsync(cancellationToken);
        return ConsentsDto.FromHistory(history, tenant.Tenant.Privacy.PolicyVersion);
    }
}
