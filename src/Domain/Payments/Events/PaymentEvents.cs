using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Payments.Events;

public sealed record PaymentSucceeded(Guid PaymentId, Guid CheckoutId, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentFailed(Guid PaymentId, Guid CheckoutId, Guid CustomerId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
