using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Users.Events;

/// <summary>Carries no personal data: outbox rows outlive erasure requests.</summary>
public sealed record UserRegistered(Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;
