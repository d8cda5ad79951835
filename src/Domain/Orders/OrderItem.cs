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

    [NotPersonalData("the product title as sold: seller-authored catalogue content")]
    public string Title { get; private set; }

    public int Quantity { get; private set; }

    public Money UnitPrice { get; private set; }

    public Money LineTotal { get; private set; }

    public CustomizationSnapshot? Customization { get; private set; }

    public bool IsCustomized => Customization is not null;

    /// <summary>Drops what the customer chose (their text, their artwork's id); the version and price breakdown stay.</summary>
    internal void EraseSelection()
    {
        if (Customization is { } customization)
        {
            Customization = customization with { SelectionJson = "{}" };
        }
    }
}

/// <summary>The customisation of an order line exactly as priced: version, canonical selection and breakdown (JSON).</summary>
public sealed record CustomizationSnapshot(
    int Version,
    [property: PersonalData(PersonalDataCategory.Content)] string SelectionJson,
    [property: NotPersonalData("price lines built from the seller's labels and counts, never the customer's text")] string BreakdownJson);

/// <summary>One step of an order's life: who moved it, when, from where (null for the placement) to where, and why.</summary>
public sealed record OrderStatusChange(
    OrderStatus? From,
    OrderStatus To,
    OrderActor Actor,
    Guid? ActorId,
    DateTimeOffset At,
    [property: PersonalData(PersonalDataCategory.Content)] string? Reason);

/// <summary>Where an order goes; erased to placeholders (the country stays, for tax) when the customer is erased.</summary>
public sealed record ShippingAddress(
    [property: PersonalData(PersonalDataCategory.Identity)] string FullName,
    [property: PersonalData(PersonalDataCategory.Address)] string Line1,
    [property: PersonalData(PersonalDataCategory.Address)] string? Line2,
    [property: PersonalData(PersonalDataCategory.Address)] string City,
    [property: PersonalData(PersonalDataCategory.Address)] string? Region,
    [property: PersonalData(PersonalDataCategory.Address)] string PostalCode,
    [property: NotPersonalData("a country code alone identifies nobody; kept with the order for tax")] string Country,
    [property: PersonalData(PersonalDataCategory.Contact)] string? Phone)
{
    public const string ErasedValue = "[erased]";

    public static ShippingAddress Erased(string country) => new(ErasedValue, ErasedValue, null, ErasedValue, null, ErasedValue, country, null);
}
