namespace CustomiseYou.Domain.Orders;

/// <summary>
/// <c>PendingPayment → Paid → InProduction → Shipped → Delivered → Completed</c>; <c>Cancelled</c> from
/// PendingPayment or Paid (and by the seller up to InProduction); returns after delivery:
/// <c>ReturnRequested → ReturnApproved | ReturnRejected</c>, <c>ReturnApproved → Returned → Refunded</c>.
/// </summary>
public enum OrderStatus
{
    PendingPayment,
    Paid,
    InProduction,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    ReturnRequested,
    ReturnApproved,
    ReturnRejected,
    Returned,
    Refunded,
}

public static class OrderStatuses
{
    /// <summary>Nothing more can happen to an order in these states: no payment, shipment, return or refund is pending.</summary>
    public static readonly IReadOnlyList<OrderStatus> Closed =
        [OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Refunded, OrderStatus.ReturnRejected];
}

/// <summary>Who moved an order; the rules differ for each.</summary>
public enum OrderActor
{
    Customer,
    Seller,
    Admin,
    System,
}
