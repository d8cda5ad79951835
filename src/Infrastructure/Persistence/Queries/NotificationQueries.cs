using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Queries;

internal sealed class NotificationQueries(AppDbContext db, ITenantContext tenantContext) : INotificationQueries
{
    public async Task<NotificationPage> ListForRecipientAsync(Guid recipientId, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var inbox = db.Notifications.AsNoTracking().Where(n => n.RecipientId == recipientId);
        var page = inbox;
        // Version-7 ids grow with time, so the id alone is a stable newest-first keyset.
        if (KeysetCursor.DecodeId(cursor, "notifications") is { } after)
        {
            page = page.Where(n => n.Id.CompareTo(after) < 0);
        }

        var rows = await page.OrderByDescending(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var unread = await inbox.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = rows.Take(limit).Select(NotificationDto.From).ToList();
        return new NotificationPage(items, rows.Count > limit ? KeysetCursor.Encode(items[^1].Id) : null, unread);
    }

    public async Task<NotificationPreferencesDto?> GetPreferencesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Locale }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var tenant = tenantContext.Tenant;
        var stored = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Id == userId, cancellationToken);
        // Nothing stored yet: the defaults, with nothing written for reading them.
        var preferences = stored ?? NotificationPreferences.CreateDefault(userId, DateTimeOffset.UnixEpoch);
        return NotificationPreferencesDto.From(preferences, UserLocales.EffectiveFor(user.Locale, tenant), tenant.Locales);
    }

    public async Task<NotificationDeliveryPage> ListDeadLettersAsync(int limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = db.NotificationDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.DeadLettered);
        if (KeysetCursor.DecodeId(cursor, "notifications") is { } after)
        {
            query = query.Where(d => d.Id.CompareTo(after) < 0);
        }

        var rows = await query.OrderByDescending(d => d.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(NotificationDeliveryDto.From).ToList();
        return new NotificationDeliveryPage(items, rows.Count > limit ? KeysetCursor.Encode(items[^1].Id) : null);
    }
}
