using System.Text.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Notifications.Templates;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>
/// Turns pending outbox events into notifications: for each event with a rule, in one transaction per event, the
/// event is claimed (<c>processed_at</c> set only if still unset), the in-app notifications are written and the
/// email/SMS deliveries scheduled. A second dispatcher's claim of the same event waits for that transaction and then
/// matches no row, so each event fans out exactly once. Events without a rule are marked processed in one statement.
/// </summary>
internal sealed partial class OutboxFanOut(
    AppDbContext db,
    IEnumerable<INotificationRule> rules,
    NotificationRenderer renderer,
    ITenantContext tenantContext,
    ITimeDialect time,
    IOptions<NotificationDispatchOptions> options,
    TimeProvider clock,
    ILogger<OutboxFanOut> logger)
{
    private readonly Dictionary<string, INotificationRule> _rules = rules.ToDictionary(r => r.EventType.Name, StringComparer.Ordinal);

    /// <summary>Returns how many events were fanned out.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var mapped = _rules.Keys.ToList();
        var now = clock.GetUtcNow();
        await db.OutboxMessages.Where(m => m.ProcessedAt == null && !mapped.Contains(m.Type))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, now), cancellationToken);

        var dispatched = 0;
        foreach (var message in await PendingAsync(mapped, cancellationToken))
        {
            if (await TryFanOutAsync(message, cancellationToken))
            {
                dispatched++;
            }
        }

        return dispatched;
    }

    private async Task<List<PendingEvent>> PendingAsync(List<string> mapped, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && mapped.Contains(m.Type) && m.Attempts < settings.MaxAttempts);
        return await time.OldestFirst(pending, m => m.OccurredAt, m => m.Id).Take(settings.BatchSize)
            .Select(m => new PendingEvent(m.Id, m.Type, m.Payload, m.Attempts))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryFanOutAsync(PendingEvent message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var claimed = await db.OutboxMessages.Where(m => m.Id == message.Id && m.ProcessedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return false; // another dispatcher fanned it out meanwhile
            }

            var rule = _rules[message.Type];
            var domainEvent = (IDomainEvent)(JsonSerializer.Deserialize(message.Payload, rule.EventType, OutboxMessage.PayloadOptions)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload."));
            var intents = await rule.MapAsync(domainEvent, cancellationToken);
            // Every recipient's account and preferences in two queries, however many recipients (all admins, say).
            var recipientIds = intents.Select(i => i.RecipientId).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
            var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => recipientIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var intent in intents)
            {
                // An account that is gone has nobody to tell.
                if (users.TryGetValue(intent.RecipientId, out var user))
                {
                    Stage(
                        message.Id, intent, user, preferences.GetValueOrDefault(user.Id) ?? NotificationPreferences.CreateDefault(user.Id, now), now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await RecordFailureAsync(message, exception, now);
            return false;
        }
        finally
        {
            // Each event starts from a clean context: no entity of one event is saved with the next.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>In-app right here (it is just a row); email and SMS as deliveries, sent later by <see cref="DeliverySender"/>.</summary>
    private void Stage(Guid eventId, NotificationIntent intent, User user, NotificationPreferences preferences, DateTimeOffset now)
    {
        if (preferences.Allows(intent.Category, NotificationChannel.InApp))
        {
            var tenant = tenantContext.Tenant;
            var message = renderer.Render(
                tenant, UserLocales.EffectiveFor(user, tenant), intent.Template, user.FullName, intent.Values, intent.Amount);
            db.Notifications.Add(Notification.Create(
                Guid.CreateVersion7(), eventId, user.Id, intent.Category, intent.Template, message.Subject, message.Summary, now));
        }

        // Only addresses the person proved are written to: anyone can type someone else's address or number.
        if (user.EmailVerified && preferences.Allows(intent.Category, NotificationChannel.Email))
        {
            db.NotificationDeliveries.Add(NotificationDelivery.Schedule(
                eventId, user.Id, NotificationChannel.Email, intent.Category, intent.Template, intent.Values, intent.Amount, now));
        }

        if (user is { Phone: not null, PhoneVerified: true } && preferences.Allows(intent.Category, NotificationChannel.Sms))
        {
            db.NotificationDeliveries.Add(NotificationDelivery.Schedule(
                eventId, user.Id, NotificationChannel.Sms, intent.Category, intent.Template, intent.Values, intent.Amount, now));
        }
    }

    /// <summary>Counts the failed attempt; after the last one the event is given up (processed, with its error kept).</summary>
    private async Task RecordFailureAsync(PendingEvent message, Exception exception, DateTimeOffset now)
    {
        var maxAttempts = options.Value.MaxAttempts;
        var error = $"{exception.GetType().Name}: {exception.Message}";
        error = error.Length <= 2000 ? error : error[..2000];
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ProcessedAt == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.ProcessedAt, m => m.Attempts + 1 >= maxAttempts ? now : (DateTimeOffset?)null),
                CancellationToken.None);
        LogFanOutFailed(exception, message.Type, message.Id, message.Attempts + 1, maxAttempts);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifications for {EventType} {EventId} failed (attempt {Attempt} of {MaxAttempts})")]
    private partial void LogFanOutFailed(Exception exception, string eventType, Guid eventId, int attempt, int maxAttempts);

    private sealed record PendingEvent(Guid Id, string Type, string Payload, int Attempts);
}
