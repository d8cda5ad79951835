using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Domain.UnitTests.Orders;

public sealed class CheckoutSplitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly ShippingAddress Address = new("Asha Rao", "12 MG Road", null, "Bengaluru", null, "560001", "IN", null);
    private static readonly Guid SellerA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid SellerB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static CheckoutLine Line(Guid seller, decimal price, int quantity = 1, string currency = "INR") =>
        new(seller, Guid.NewGuid(), "Item", quantity, Money.Of(price, currency), null);

    private static PlacedCheckout Place(params CheckoutLine[] lines) =>
        CheckoutSplit.Place(Guid.NewGuid(), Guid.NewGuid(), lines, Address, 12m, Now, TimeSpan.FromMinutes(30));

    [Fact]
    public void A_cart_of_two_sellers_becomes_one_order_each_in_seller_order_with_its_own_fee()
    {
        var placed = Place(Line(SellerB, 1999.99m), Line(SellerA, 333.33m, quantity: 3), Line(SellerA, 333.33m));

        placed.Orders.Select(o => o.SellerId).ShouldBe([SellerA, SellerB]);
        placed.Orders[0].Total.ShouldBe(Money.Of(1333.32m, "INR"));
        placed.Orders[0].MarketplaceFee.ShouldBe(Money.Of(160.00m, "INR")); // 12 % of 1333.32 = 159.9984, half-even
        placed.Orders.ShouldAllBe(o => o.MarketplaceFee + o.SellerShare == o.Total);
        placed.Orders.ShouldAllBe(o => o.CheckoutId == placed.Checkout.Id && o.CustomerId == placed.Checkout.CustomerId);
        placed.Total.ShouldBe(Money.Of(3333.31m, "INR"));
        placed.Orders.ShouldAllBe(o => o.PaymentDueBy == Now.AddMinutes(30));
    }

    [Fact]
    public void An_empty_checkout_or_one_in_two_currencies_is_refused()
    {
        Should.Throw<DomainException>(() => Place()).Error.Code.ShouldBe("checkout.empty");
        Should.Throw<DomainException>(() => Place(Line(SellerA, 10m), Line(SellerB, 10m, currency: "EUR"))).Error.Code.ShouldBe("checkout.currencies");
    }
}
