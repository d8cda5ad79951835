using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Catalog.Events;

public sealed record ProductCreated(Guid ProductId, Guid SellerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ProductPublished(Guid ProductId, Guid SellerId, DateTimeOffset OccurredAt) : IDomainEvent;
