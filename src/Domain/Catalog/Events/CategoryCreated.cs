using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Catalog.Events;

public sealed record CategoryCreated(Guid CategoryId, string Name, Guid? ParentId, DateTimeOffset OccurredAt) : IDomainEvent;
