namespace CustomiseYou.Domain.Common;

/// <summary>Something that happened in the domain; persisted to the outbox in the same transaction as the change.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
