using System.Text.Json;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Infrastructure.Persistence.Outbox;

/// <summary>A domain event waiting to be dispatched; written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The event's CLR type name, e.g. <c>CategoryCreated</c>.</summary>
    [NotPersonalData("the event's type name")]
    public required string Type { get; init; }

    /// <summary>
    /// The event serialised as JSON. Events name people by id only; the events privacy area exports and erases those naming
    /// a person.
    /// </summary>
    [PersonalData(PersonalDataCategory.Technical)]
    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    [NotPersonalData("the dispatcher's error text")]
    public string? LastError { get; set; }

    /// <summary>How payloads are written; the notification dispatcher reads them back with the same options.</summary>
    internal static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For(IDomainEvent domainEvent) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = domainEvent.GetType().Name,
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), PayloadOptions),
        OccurredAt = domainEvent.OccurredAt,
    };
}
