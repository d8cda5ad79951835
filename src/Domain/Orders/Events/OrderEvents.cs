using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders.Events;

public sealed record OrderPlaced(Guid OrderId, Guid CheckoutId, Guid SellerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record OrderStatusChanged(Guid OrderId, OrderStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record OrderCancelled(Guid OrderId, Guid SellerId, bool RefundDue, DateTimeOffset OccurredAt) : IDomainEvent;
