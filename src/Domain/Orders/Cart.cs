using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders;

/// <summary>
/// A customer's cart in one region. The same product with the same normalised customisation is one line;
/// prices on lines are quotes, re-checked at checkout.
/// </summary>
public sealed class Cart : AggregateRoot<Guid>
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 1000;

    private readonly List<CartLine> _lines = [];

    private Cart(Guid id, Guid customerId) : base(id) => CustomerId = customerId;

    public Guid CustomerId { get; private set; }

    public IReadOnlyCollection<CartLine> Lines => _lines.AsReadOnly();

    public static Cart For(Guid customerId) => new(Guid.CreateVersion7(), customerId);

    public CartLine Add(Guid productId, int quantity, CartCustomization? customization, Money unitQuote, DateTimeOffset now)
    {
        RequireQuantity(quantity);
        var fingerprint = customization?.Fingerprint ?? string.Empty;
        var existing = _lines.FirstOrDefault(l => l.ProductId == productId && l.SelectionFingerprint == fingerprint);
        if (existing is not null)
        {
            RequireQuantity(existing.Quantity + quantity);
            existing.Update(existing.Quantity + quantity, customization, unitQuote);
            return existing;
        }

        if (_lines.Count >= MaxLines)
        {
            throw new DomainException(Error.Rule("cart.full", $"A cart holds at most {MaxLines} lines."));
        }

        var line = new CartLine(Guid.CreateVersion7(), productId, quantity, customization, unitQuote, now);
        _lines.Add(line);
        return line;
    }

    public CartLine? Find(Guid lineId) => _lines.FirstOrDefault(l => l.Id == lineId);

    public void ChangeQuantity(CartLine line, int quantity)
    {
        RequireQuantity(quantity);
        line.Update(quantity, line.Customization, line.UnitQuote);
    }

    public void Remove(CartLine line) => _lines.Remove(line);

    public void Clear() => _lines.Clear();

    private static void RequireQuantity(int quantity)
    {
        if (quantity is < 1 or > MaxQuantity)
        {
            throw new DomainException(Error.Validation("cart.quantity", $"Quantity is 1 to {MaxQuantity}.", "quantity"));
        }
    }
}

/// <summary>The customisation a line was quoted with: schema version, canonical selection and its fingerprint.</summary>
public sealed record CartCustomization(
    int Version,
    [property: PersonalData(PersonalDataCategory.Content)] string SelectionJson,
    [property: PersonalData(PersonalDataCategory.Technical)] string Fingerprint);

public sealed class CartLine : Entity<Guid>
{
    internal CartLine(Guid id, Guid productId, int quantity, CartCustomization? customization, Money unitQuote, DateTimeOffset addedAt) : base(id)
    {
        ProductId = productId;
        Quantity = quantity;
        Customization = customization;
        SelectionFingerprint = customization?.Fingerprint ?? string.Empty;
        UnitQuote = unitQuote.Round(); // a copy: the quote may be the product's own price instance
        AddedAt = addedAt;
    }

    // For EF Core: owned values are set after construction.
    private CartLine(Guid id) : base(id)
    {
        SelectionFingerprint = string.Empty;
        UnitQuote = null!;
    }

    public Guid ProductId { get; private set; }

    public int Quantity { get; private set; }

    public CartCustomization? Customization { get; private set; }

    /// <summary>Empty for a product without customisation; the key that merges identical lines.</summary>
    [PersonalData(PersonalDataCategory.Technical)]
    public string SelectionFingerprint { get; private set; }

    /// <summary>The unit price quoted when the line was added or last re-priced.</summary>
    public Money UnitQuote { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal void Update(int quantity, CartCustomization? customization, Money unitQuote)
    {
        Quantity = quantity;
        Customization = customization;
        SelectionFingerprint = customization?.Fingerprint ?? string.Empty;
        UnitQuote = unitQuote.Round();
    }

    /// <summary>Records the price and version checkout found, after telling the customer it changed.</summary>
    public void Requote(CartCustomization? customization, Money unitQuote) => Update(Quantity, customization, unitQuote);
}

public interface ICartRepository
{
    Task<Cart?> GetForCustomerAsync(Guid customerId, CancellationToken cancellationToken);

    void Add(Cart cart);
}
