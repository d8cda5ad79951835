using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders.Events;

namespace CustomiseYou.Domain.Orders;

/// <summary>
/// One seller's part of a checkout. Every transition is checked here (an illegal one is a 409) and recorded with
/// its actor, time and reason. Money is split once at placement: the marketplace fee (half-even to the minor unit)
/// and the seller's share always add up to the total.
/// </summary>
public sealed class Order : AggregateRoot<Guid>
{
    private readonly List<OrderItem> _items = [];
    private readonly List<OrderStatusChange> _history = [];

    private Order(Guid id, Guid checkoutId, Guid customerId, Guid sellerId, DateTimeOffset placedAt) : base(id)
    {
        CheckoutId = checkoutId;
        CustomerId = customerId;
        SellerId = sellerId;
        PlacedAt = placedAt;
        Total = null!;
        MarketplaceFee = null!;
        SellerShare = null!;
        ShippingAddress = null!;
        Refunded = null!;
    }

    public Guid CheckoutId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid SellerId { get; private set; }

    public OrderStatus Status { get; private set; }

    public Money Total { get; private set; }

    public Money MarketplaceFee { get; private set; }

    public Money SellerShare { get; private set; }

    public ShippingAddress ShippingAddress { get; private set; }

    /// <summary>A carrier reference: with it the carrier's site shows where the parcel went.</summary>
    [PersonalData(PersonalDataCategory.Technical)]
    public string? TrackingNumber { get; private set; }

    [PersonalData(PersonalDataCategory.Content)]
    public string? CancellationReason { get; private set; }

    [NotPersonalData("the name of a ReturnReason value")]
    public string? ReturnReasonCode { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>Unpaid orders release their stock after this time.</summary>
    public DateTimeOffset PaymentDueBy { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Given back to the customer so far; never more than <see cref="Total"/>.</summary>
    public Money Refunded { get; private set; }

    public IReadOnlyCollection<OrderItem> Items => _items.AsReadOnly();

    public IReadOnlyList<OrderStatusChange> History => [.. _history.OrderBy(h => h.At)];

    public static Order Place(
        Guid id, Guid checkoutId, Guid customerId, Guid sellerId, IEnumerable<OrderItemDraft> items, ShippingAddress address,
        decimal marketplaceFeePercent, DateTimeOffset now, TimeSpan paymentWindow)
    {
        // A copy per order: the orders of one checkout share an address value, but each row owns its own.
        var order = new Order(id, checkoutId, customerId, sellerId, now) { ShippingAddress = address with { }, PaymentDueBy = now + paymentWindow };
        foreach (var draft in items)
        {
            order._items.Add(new OrderItem(
                Guid.CreateVersion7(), draft.ProductId, draft.Title, draft.Quantity, draft.UnitPrice, draft.Customization));
        }

        if (order._items.Count == 0)
        {
            throw new DomainException(Error.Rule("order.empty", "An order needs at least one item."));
        }

        // Summed onto a fresh zero: every Money stored here is its own instance (EF Core tracks owned values by reference).
        order.Total = order._items.Aggregate(Money.Zero(order._items[0].UnitPrice.Currency), (sum, item) => sum + item.LineTotal);
        order.MarketplaceFee = (order.Total * (marketplaceFeePercent / 100m)).Round();
        order.SellerShare = order.Total - order.MarketplaceFee;
        order.Refunded = Money.Zero(order.Total.Currency);
        // Placement has no status before it: the history opens with From = null, never a self-transition.
        order._history.Add(new OrderStatusChange(null, OrderStatus.PendingPayment, OrderActor.Customer, customerId, now, "placed"));
        order.Raise(new OrderPlaced(id, checkoutId, sellerId, now));
        return order;
    }

    /// <summary>Paid by the provider's confirmation (the system) or recorded by an admin, who is then the actor on record.</summary>
    public void MarkPaid(OrderActor actor, Guid? actorId, DateTimeOffset now) =>
        Move(OrderStatus.Paid, actor, actorId, now, null, OrderStatus.PendingPayment);

    public void StartProduction(OrderActor actor, Guid actorId, DateTimeOffset now) =>
        Move(OrderStatus.InProduction, actor, actorId, now, null, OrderStatus.Paid);

    public void Ship(OrderActor actor, Guid actorId, string trackingNumber, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber))
        {
            throw new DomainException(Error.Validation("order.tracking_required", "Shipping needs a tracking number.", "trackingNumber"));
        }

        Move(OrderStatus.Shipped, actor, actorId, now, null, OrderStatus.InProduction);
        TrackingNumber = trackingNumber.Trim();
    }

    public void Deliver(OrderActor actor, Guid? actorId, DateTimeOffset now)
    {
        Move(OrderStatus.Delivered, actor, actorId, now, null, OrderStatus.Shipped);
        DeliveredAt = now;
    }

    /// <summary>Delivered orders complete once the return window has passed without a return.</summary>
    public void Complete(TimeSpan returnWindow, DateTimeOffset now)
    {
        if (DeliveredAt is { } delivered && now < delivered + returnWindow)
        {
            throw Conflict($"The return window is open until {delivered + returnWindow:u}.");
        }

        Move(OrderStatus.Completed, OrderActor.System, null, now, null, OrderStatus.Delivered);
    }

    /// <summary>
    /// Customers cancel before production starts; sellers and admins until it ships; the system only unpaid orders.
    /// Returns whether money was taken and must be refunded.
    /// </summary>
    public bool Cancel(OrderActor actor, Guid? actorId, string reason, DateTimeOffset now)
    {
        OrderStatus[] allowedFrom = actor switch
        {
            OrderActor.Customer => [OrderStatus.PendingPayment, OrderStatus.Paid],
            OrderActor.Seller or OrderActor.Admin => [OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.InProduction],
            _ => [OrderStatus.PendingPayment],
        };
        var wasPaid = Status is OrderStatus.Paid or OrderStatus.InProduction;
        Move(OrderStatus.Cancelled, actor, actorId, now, reason, allowedFrom);
        CancellationReason = reason;
        Raise(new OrderCancelled(Id, SellerId, wasPaid, now));
        return wasPaid;
    }

    /// <summary>Within the window after delivery; customised items come back only when they are faulty.</summary>
    public void RequestReturn(Guid customerId, ReturnReason reason, string? note, TimeSpan returnWindow, DateTimeOffset now)
    {
        if (DeliveredAt is not { } delivered || now >= delivered + returnWindow)
        {
            throw new DomainException(Error.Conflict("order.return_window_closed", "The return window for this order has closed."));
        }

        if (_items.Any(i => i.IsCustomized) && reason is not (ReturnReason.Defective or ReturnReason.DamagedInTransit or ReturnReason.NotAsDescribed))
        {
            throw new DomainException(Error.Rule(
                "order.custom_return_reason", "Customised items can be returned only when defective, damaged or not as described."));
        }

        Move(OrderStatus.ReturnRequested, OrderActor.Customer, customerId, now, note ?? reason.ToString(), OrderStatus.Delivered);
        ReturnReasonCode = reason.ToString();
    }

    public void ApproveReturn(OrderActor actor, Guid actorId, DateTimeOffset now) =>
        Move(OrderStatus.ReturnApproved, actor, actorId, now, null, OrderStatus.ReturnRequested);

    public void RejectReturn(OrderActor actor, Guid actorId, string reason, DateTimeOffset now) =>
        Move(OrderStatus.ReturnRejected, actor, actorId, now, reason, OrderStatus.ReturnRequested);

    public void MarkReturned(OrderActor actor, Guid actorId, DateTimeOffset now) =>
        Move(OrderStatus.Returned, actor, actorId, now, null, OrderStatus.ReturnApproved);

    public void MarkRefunded(OrderActor actor, Guid? actorId, DateTimeOffset now) =>
        Move(OrderStatus.Refunded, actor, actorId, now, null, OrderStatus.Returned);

    /// <summary>Records money given back (the ledger holds how it splits); refunds need a paid order and never exceed its total.</summary>
    public void RecordRefund(Guid refundId, Money amount, DateTimeOffset now)
    {
        if (Status is OrderStatus.PendingPayment)
        {
            throw new DomainException(Error.Rule("refund.not_paid", "This order has not been paid, so there is nothing to refund."));
        }

        if (amount.Amount <= 0m || Refunded + amount > Total)
        {
            throw new DomainException(Error.Rule("refund.exceeds_order", $"At most {Total - Refunded} of this order can still be refunded."));
        }

        Refunded = Refunded + amount;
        Raise(new RefundIssued(refundId, Id, CustomerId, amount.Amount, amount.Currency, now));
    }

    /// <summary>
    /// Right to erasure on a financial record that must be kept: amounts, items, dates and statuses stay; the
    /// customer becomes <paramref name="pseudonymId"/>, and what they wrote, where they live and how to reach them go.
    /// </summary>
    public void Pseudonymise(Guid pseudonymId)
    {
        var customerId = CustomerId;
        CustomerId = pseudonymId;
        ShippingAddress = ShippingAddress.Erased(ShippingAddress.Country);
        TrackingNumber = null;
        if (_history.Any(h => h.To == OrderStatus.Cancelled && h.Actor == OrderActor.Customer))
        {
            CancellationReason = null;
        }

        for (var i = 0; i < _history.Count; i++)
        {
            if (_history[i].ActorId == customerId)
            {
                _history[i] = _history[i] with { ActorId = pseudonymId, Reason = null };
            }
        }

        foreach (var item in _items)
        {
            item.EraseSelection();
        }
    }

    private void Move(OrderStatus to, OrderActor actor, Guid? actorId, DateTimeOffset now, string? reason, params OrderStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw Conflict(
                $"An order cannot go from {Status} to {to}"
                + $"{(actor == OrderActor.System ? string.Empty : $" by the {actor.ToString().ToLowerInvariant()}")}.");
        }

        _history.Add(new OrderStatusChange(Status, to, actor, actorId, now, reason));
        Status = to;
        Raise(new OrderStatusChanged(Id, to, now));
    }

    private static DomainException Conflict(string message) => new(Error.Conflict("order.illegal_transition", message));
}

public sealed record OrderItemDraft(Guid ProductId, string Title, int Quantity, Money UnitPrice, CustomizationSnapshot? Customization);

public enum ReturnReason
{
    Defective,
    DamagedInTransit,
    NotAsDescribed,
    WrongItem,
    ChangedMind,
}

public interface IOrderRepository
{
    Task<Order?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Order>> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken);

    /// <summary>Orders still awaiting payment whose due time has passed, oldest first.</summary>
    Task<IReadOnlyList<Order>> GetUnpaidDueBeforeAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Orders still Delivered that were delivered before <paramref name="deliveredBefore"/>, oldest delivery first.</summary>
    Task<IReadOnlyList<Order>> GetDeliveredBeforeAsync(DateTimeOffset deliveredBefore, int limit, CancellationToken cancellationToken);

    void Add(Order order);
}
