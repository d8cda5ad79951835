using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Catalog.Events;

public sealed record CategoryDeleted(Guid CategoryId, DateTimeOffset OccurredAt) : IDomainEvent;
