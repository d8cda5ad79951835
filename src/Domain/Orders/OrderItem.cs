using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders;

/// <summary>
/// A bought line, frozen at checkout: title, price and the full customisation (schema version, selection and price
/// breakdown) as they were, so later changes by the seller never alter what was sold.
/// </summary>
public sealed class OrderItem : Entity<Guid>
{
    internal OrderItem(Guid id, Guid productId, string title, int quantity, Money unitPrice, CustomizationSnapshot? customization) : base(id)
    {
        ProductId = productId;
        Title = title;
        Quantity = quantity;
        UnitPrice = unitPrice.Round(); // a copy: the caller's instance may already belong to another row
        LineTotal = (unitPrice * quantity).Round();
        Customization = customization;
    }

    // For EF Core: owned values are set after construction.
    private OrderItem(Guid id) : base(id)
    {
        Title = string.Empty;
        UnitPrice = null!;
        LineTotal = null!;
    }

    public Guid ProductId { get; private set; }

    public string Title { get; private set; }

    public int Quantity { get; private set; }

    public Money UnitPrice { get; private set; }

    public Money LineTotal { get; private set; }

    public CustomizationSnapshot? Customization { get; private set; }

    public bool IsCustomized => Customization is not null;
}

/// <summary>The customisation of an order line exactly as priced: version, canonical selection and breakdown (JSON).</summary>
public sealed record CustomizationSnapshot(int Version, string SelectionJson, string BreakdownJson);

/// <summary>One step of an order's life: who moved it, when, from where to where, and why.</summary>
public sealed record OrderStatusChange(OrderStatus From, OrderStatus To, OrderActor Actor, Guid? ActorId, DateTimeOffset At, string? Reason);

public sealed record ShippingAddress(string FullName, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, string? Phone);
