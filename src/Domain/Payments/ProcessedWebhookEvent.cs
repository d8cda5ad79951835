using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Payments;

/// <summary>A provider event we have acted on; a second delivery of the same event id is acknowledged and ignored.</summary>
public sealed class ProcessedWebhookEvent : Entity<Guid>
{
    private ProcessedWebhookEvent(Guid id, PaymentProvider provider, string eventId, string eventType, DateTimeOffset receivedAt) : base(id)
    {
        Provider = provider;
        EventId = eventId;
        EventType = eventType;
        ReceivedAt = receivedAt;
    }

    public PaymentProvider Provider { get; private set; }

    [NotPersonalData("the provider's event id")]
    public string EventId { get; private set; }

    [NotPersonalData("the provider's event type")]
    public string EventType { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ProcessedWebhookEvent Record(PaymentProvider provider, string eventId, string eventType, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), provider, eventId, eventType, now);
}

public interface IProcessedWebhookEvents
{
    Task<bool> ExistsAsync(PaymentProvider provider, string eventId, CancellationToken cancellationToken);

    void Add(ProcessedWebhookEvent processed);
}
