using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Notifications;

/// <summary>
/// One message of one event to one recipient over email or SMS, sent at most once. Dispatchers claim due deliveries
/// in one conditional UPDATE each (<c>Pending|Failed → Sending</c>, attempts + 1, a lease), so of two dispatchers
/// only one ever holds a delivery; the holder then records the outcome here. The text is rendered when it is sent,
/// in the recipient's language at that time; only the template key and its values are stored.
/// </summary>
public sealed class NotificationDelivery : AggregateRoot<Guid>
{
    public const int LastErrorMaxLength = 2000;

    private NotificationDelivery(
        Guid id,
        Guid eventId,
        Guid recipientId,
        NotificationChannel channel,
        NotificationCategory category,
        string template,
        DateTimeOffset createdAt)
        : base(id)
    {
        EventId = eventId;
        RecipientId = recipientId;
        Channel = channel;
        Category = category;
        Template = template;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Values = new Dictionary<string, string>();
    }

    public Guid EventId { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationChannel Channel { get; private set; }

    public NotificationCategory Category { get; private set; }

    [NotPersonalData("a template key; the text is rendered when sent and not kept")]
    public string Template { get; private set; }

    /// <summary>The template's placeholder values (order number, tracking number, reason…).</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; }

    /// <summary>The money the message is about, formatted in the recipient's language when rendered.</summary>
    public Money? Amount { get; private set; }

    public DeliveryStatus Status { get; private set; }

    /// <summary>Attempts started so far; counted when a dispatcher claims the delivery.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>While <see cref="DeliveryStatus.Sending"/>: until when the claiming dispatcher holds it.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    [NotPersonalData("the provider's error text")]
    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static NotificationDelivery Schedule(
        Guid eventId, Guid recipientId, NotificationChannel channel, NotificationCategory category, string template,
        IReadOnlyDictionary<string, string> values, Money? amount, DateTimeOffset now)
    {
        if (channel == NotificationChannel.InApp)
        {
            throw new ArgumentException("In-app notifications are stored directly, not delivered.", nameof(channel));
        }

        return new NotificationDelivery(Guid.CreateVersion7(), eventId, recipientId, channel, category, template, now)
        {
            Values = new Dictionary<string, string>(values, StringComparer.Ordinal),
            // A copy: EF Core tracks owned values by reference, and the same amount goes out by email and SMS.
            Amount = amount is null ? null : Money.Of(amount.Amount, amount.Currency),
        };
    }

    public void MarkSent(DateTimeOffset now)
    {
        RequireSending();
        Status = DeliveryStatus.Sent;
        SentAt = now;
        LastAttemptAt = now;
        LeaseUntil = null;
    }

    /// <summary>Schedules the next attempt with backoff, or dead-letters the delivery when the attempts are used up.</summary>
    public void MarkFailed(string error, DateTimeOffset now, DeliveryRetryPolicy policy)
    {
        RecordAttempt(error, now);
        if (Attempts >= policy.MaxAttempts)
        {
            Status = DeliveryStatus.DeadLettered;
            return;
        }

        Status = DeliveryStatus.Failed;
        NextAttemptAt = now + policy.DelayAfter(Attempts);
    }

    /// <summary>Retrying cannot help (the recipient is gone, or no longer has a proven address): dead-lettered at once.</summary>
    public void MarkUndeliverable(string reason, DateTimeOffset now)
    {
        RecordAttempt(reason, now);
        Status = DeliveryStatus.DeadLettered;
    }

    /// <summary>An admin sends a dead letter again, with a fresh set of attempts.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.DeadLettered)
        {
            throw new DomainException(Error.Conflict(
                "notification.not_dead_lettered", $"Only a dead-lettered delivery can be retried; this one is {Status}."));
        }

        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseUntil = null;
    }

    private void RecordAttempt(string error, DateTimeOffset now)
    {
        RequireSending();
        LastError = error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
        LastAttemptAt = now;
        LeaseUntil = null;
    }

    private void RequireSending()
    {
        if (Status != DeliveryStatus.Sending)
        {
            throw new InvalidOperationException($"Delivery {Id} records an outcome only while Sending; it is {Status}.");
        }
    }
}
