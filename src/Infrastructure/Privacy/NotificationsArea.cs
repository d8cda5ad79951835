using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>In-app notifications, the record of emails and texts sent, and notification preferences. Erased by deleting them.</summary>
internal sealed class NotificationsArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Notifications we showed you in the app, the emails and text messages we sent or "
        + "tried to send you (channel, template, status), and your notification preferences.",
        "Benachrichtigungen in der App, die E-Mails und SMS, die wir Ihnen gesendet oder zu senden "
        + "versucht haben (Kanal, Vorlage, Status), und Ihre Benachrichtigungseinstellungen.",
        "ऐप में दिखाई गई सूचनाएँ, आपको भेजे गए या भेजने "
        + "का प्रयास किए गए ईमेल और एसएमएस (चैनल, "
        + "टेम्पलेट, स्थिति), और आपकी सूचना प्राथमिकताएँ।");

    public string Name => "notifications";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Notification), typeof(NotificationDelivery), typeof(NotificationPreferences)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var inApp = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).ToListAsync(cancellationToken);
        var deliveries = await db.NotificationDeliveries.AsNoTracking().Where(d => d.RecipientId == userId).ToListAsync(cancellationToken);
        var preferences = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Id == userId, cancellationToken);
        if (inApp.Count == 0 && deliveries.Count == 0 && preferences is null)
        {
            return null;
        }

        return AreaExport.Of(new
        {
            InApp = inApp.OrderBy(n => n.CreatedAt)
                .Select(n => new { n.Id, Category = n.Category.ToString(), n.Title, n.Body, n.CreatedAt, n.ReadAt }),
            Messages = deliveries.OrderBy(d => d.CreatedAt).Select(d => new
            {
                d.Id,
                Channel = d.Channel.ToString(),
                Category = d.Category.ToString(),
                d.Template,
                d.Values,
                Status = d.Status.ToString(),
                d.CreatedAt,
                d.SentAt,
            }),
            Preferences = preferences?.Categories.Select(c => new { Category = c.Category.ToString(), c.Email, c.Sms, c.InApp }),
        });
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        await db.Notifications.Where(n => n.RecipientId == context.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.NotificationDeliveries.Where(d => d.RecipientId == context.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.NotificationPreferences.Where(p => p.Id == context.UserId).ExecuteDeleteAsync(cancellationToken);
    }
}
