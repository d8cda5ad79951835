using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Orders;

/// <summary>One payment for the orders of several sellers, placed together.</summary>
public sealed class Checkout : AggregateRoot<Guid>
{
    private Checkout(Guid id, Guid customerId, DateTimeOffset createdAt) : base(id)
    {
        CustomerId = customerId;
        CreatedAt = createdAt;
        Total = null!;
    }

    public Guid CustomerId { get; private set; }

    public Money Total { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Right to erasure: the payment record stays for the books, under a pseudonymous customer id.</summary>
    public void Pseudonymise(Guid pseudonymId) => CustomerId = pseudonymId;

    public static Checkout Create(Guid id, Guid customerId, Money total, DateTimeOffset now) => new(id, customerId, now) { Total = total };
}

public interface ICheckoutRepository
{
    /// <summary>Adds the checkout with the orders it was split into.</summary>
    void Add(PlacedCheckout placed);
}
