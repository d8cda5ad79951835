namespace CustomiseYou.Infrastructure.Persistence.Outbox;

/// <summary>A domain event waiting to be dispatched; written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The event's CLR type name, e.g. <c>CategoryCreated</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The event serialised as JSON.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
