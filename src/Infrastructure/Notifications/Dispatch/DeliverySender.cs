using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Notifications.Templates;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Notifications.Dispatch;

/// <summary>
/// Sends the deliveries this dispatcher claimed, rendered in each recipient's current language, and records every
/// outcome as soon as it is known (one save per delivery), so a crash loses at most the one in flight.
/// </summary>
internal sealed partial class DeliverySender(
    AppDbContext db,
    DeliveryClaims claims,
    IEmailSender email,
    ISmsSender sms,
    NotificationRenderer renderer,
    ITenantContext tenantContext,
    IOptions<NotificationDispatchOptions> options,
    TimeProvider clock,
    PlatformMetrics metrics,
    ILogger<DeliverySender> logger)
{
    public async Task<(int Sent, int Failed, int DeadLettered)> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var abandoned = await claims.AbandonExpiredLeasesAsync(clock.GetUtcNow(), cancellationToken);
        var claimed = await claims.ClaimDueAsync(clock.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
        var policy = settings.RetryPolicy;
        int sent = 0, failed = 0, deadLettered = abandoned, started = 0;
        try
        {
            var recipientIds = claimed.Select(d => d.RecipientId).Distinct().ToList();
            var recipients = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
            while (started < claimed.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var delivery = claimed[started++];
                await SendAsync(delivery, recipients.GetValueOrDefault(delivery.RecipientId), policy, cancellationToken);
                await SaveOutcomeAsync(delivery);
                metrics.DeliveryAttempted(tenantContext.Tenant.Id, delivery.Channel.ToString(), delivery.Status switch
                {
                    DeliveryStatus.Sent => "sent",
                    DeliveryStatus.Failed => "failed",
                    _ => "dead_lettered",
                });
                switch (delivery.Status)
                {
                    case DeliveryStatus.Sent: sent++; break;
                    case DeliveryStatus.Failed: failed++; break;
                    default: deadLettered++; break;
                }
            }
        }
        finally
        {
            // Stopping (or a failed save) leaves the rest unstarted: safe to send later, so back to the queue. Only a
            // delivery cut off mid-send keeps its lease and ends as "outcome unknown".
            if (started < claimed.Count)
            {
                await claims.ReleaseAsync([.. claimed.Skip(started).Select(d => d.Id)]);
            }
        }

        return (sent, failed, deadLettered);
    }

    private async Task SendAsync(NotificationDelivery delivery, User? recipient, DeliveryRetryPolicy policy, CancellationToken cancellationToken)
    {
        var address = recipient is null ? null : AddressOf(recipient, delivery.Channel);
        if (address is null)
        {
            delivery.MarkUndeliverable(
                $"The recipient no longer has a verified {delivery.Channel.ToString().ToLowerInvariant()} address.", clock.GetUtcNow());
            LogUndeliverable(delivery.Id, delivery.Channel, delivery.Template);
            return;
        }

        try
        {
            var tenant = tenantContext.Tenant;
            var message = renderer.Render(
                tenant, UserLocales.EffectiveFor(recipient!, tenant), delivery.Template, recipient!.FullName, delivery.Values, delivery.Amount);
            if (delivery.Channel == NotificationChannel.Email)
            {
                await email.SendAsync(new EmailMessage(address, message.Subject, message.TextBody, message.HtmlBody), cancellationToken);
            }
            else
            {
                await sms.SendAsync(new SmsMessage(address, message.Summary), cancellationToken);
            }

            delivery.MarkSent(clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Provider answers and outages, but also a broken template: recorded on the delivery, retried with
            // backoff and finally dead-lettered for an admin; one bad delivery never stops the batch.
            delivery.MarkFailed($"{exception.GetType().Name}: {exception.Message}", clock.GetUtcNow(), policy);
            LogFailed(delivery.Id, delivery.Channel, delivery.Template, delivery.Attempts, delivery.Status, exception.Message);
        }
    }

    private static string? AddressOf(User user, NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email when user.EmailVerified => user.Email,
        NotificationChannel.Sms when user.PhoneVerified => user.Phone,
        _ => null,
    };

    /// <summary>Saved even when stopping: the provider has answered, and forgetting that would send the message again.</summary>
    private async Task SaveOutcomeAsync(NotificationDelivery delivery)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (ConflictException)
        {
            // The lease ran out and another dispatcher dead-lettered the delivery meanwhile; its record stands.
            LogLeaseLost(delivery.Id);
            db.Entry(delivery).State = EntityState.Detached;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId} ({Channel}, {Template}) attempt {Attempt} failed, now {Status}: {Error}")]
    private partial void LogFailed(Guid deliveryId, NotificationChannel channel, string template, int attempt, DeliveryStatus status, string error);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId} ({Channel}, {Template}) has no verified address any more; dead-lettered")]
    private partial void LogUndeliverable(Guid deliveryId, NotificationChannel channel, string template);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Delivery {DeliveryId} outlived its lease and was dead-lettered by another dispatcher; its outcome was not saved")]
    private partial void LogLeaseLost(Guid deliveryId);
}
