using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders.Events;

public sealed record OrderPlaced(Guid OrderId, Guid CheckoutId, Guid SellerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record OrderStatusChanged(Guid OrderId, OrderStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record OrderCancelled(Guid OrderId, Guid SellerId, bool RefundDue, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Money went back to the customer for this order (a partial or full refund, a paid cancellation or a return).</summary>
public sealed record RefundIssued(Guid RefundId, Guid OrderId, Guid CustomerId, decimal Amount, string Currency, DateTimeOffset OccurredAt)
    : IDomainEvent;
