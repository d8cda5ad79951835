using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Domain.UnitTests.Orders;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Actor = Guid.NewGuid();
    private static readonly ShippingAddress Address = new("Asha Rao", "12 MG Road", null, "Bengaluru", null, "560001", "IN", null);

    private static Order Place(decimal feePercent = 12m, bool customised = false, params decimal[] prices)
    {
        var items = (prices.Length == 0 ? [100m] : prices).Select(price => new OrderItemDraft(
            Guid.NewGuid(), "Item", 1, Money.Of(price, "INR"), customised ? new CustomizationSnapshot(1, "{}", "[]") : null));
        return Order.Place(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), items, Address, feePercent, Now, TimeSpan.FromMinutes(30));
    }

    private static Order Delivered(bool customised = false)
    {
        var order = Place(customised: customised);
        order.MarkPaid(OrderActor.System, null, Now);
        order.StartProduction(OrderActor.Seller, Actor, Now);
        order.Ship(OrderActor.Seller, Actor, "DHL-1", Now);
        order.Deliver(OrderActor.Seller, Actor, Now);
        return order;
    }

    [Theory]
    [InlineData(12, new[] { 333.33, 333.33, 333.33 }, 999.99, 120.00)]
    [InlineData(10, new[] { 0.05 }, 0.05, 0.00)]
    [InlineData(12.5, new[] { 0.20 }, 0.20, 0.02)]
    public void The_fee_is_rounded_half_even_once_and_the_share_is_the_rest(decimal percent, double[] prices, double total, double fee)
    {
        var order = Place(percent, false, [.. prices.Select(p => (decimal)p)]);

        order.Total.ShouldBe(Money.Of((decimal)total, "INR"));
        order.MarketplaceFee.ShouldBe(Money.Of((decimal)fee, "INR"));
        (order.MarketplaceFee + order.SellerShare).ShouldBe(order.Total);
    }

    [Fact]
    public void The_happy_path_ends_completed_after_the_return_window_with_every_step_recorded()
    {
        var order = Delivered();

        Should.Throw<DomainException>(() => order.Complete(TimeSpan.FromDays(14), Now.AddDays(13))).Error.Type.ShouldBe(ErrorType.Conflict);
        order.Complete(TimeSpan.FromDays(14), Now.AddDays(14));

        order.Status.ShouldBe(OrderStatus.Completed);
        order.History.Select(h => h.To).ShouldBe([
            OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.InProduction,
            OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Completed]);
        order.History.ShouldAllBe(h => h.From != h.To);
    }

    [Fact]
    public void The_history_opens_with_the_placement_from_no_status_by_the_customer()
    {
        var order = Place();

        var placed = order.History.ShouldHaveSingleItem();
        placed.From.ShouldBeNull();
        placed.To.ShouldBe(OrderStatus.PendingPayment);
        placed.Actor.ShouldBe(OrderActor.Customer);
        placed.ActorId.ShouldBe(order.CustomerId);
    }

    [Fact]
    public void An_admin_who_records_a_payment_is_the_actor_on_record()
    {
        var order = Place();
        var admin = Guid.NewGuid();

        order.MarkPaid(OrderActor.Admin, admin, Now);

        order.History[^1].ShouldBe(new OrderStatusChange(OrderStatus.PendingPayment, OrderStatus.Paid, OrderActor.Admin, admin, Now, null));
    }

    [Fact]
    public void A_return_goes_requested_approved_returned_refunded()
    {
        var order = Delivered();

        order.RequestReturn(Actor, ReturnReason.ChangedMind, null, TimeSpan.FromDays(14), Now.AddDays(1));
        order.ApproveReturn(OrderActor.Seller, Actor, Now.AddDays(2));
        order.MarkReturned(OrderActor.Seller, Actor, Now.AddDays(5));
        order.MarkRefunded(OrderActor.Admin, Actor, Now.AddDays(6));

        order.Status.ShouldBe(OrderStatus.Refunded);
        order.ReturnReasonCode.ShouldBe("ChangedMind");
    }

    [Fact]
    public void Illegal_transitions_are_conflicts_and_change_nothing()
    {
        var order = Place();

        Should.Throw<DomainException>(() => order.StartProduction(OrderActor.Seller, Actor, Now)).Error.Code.ShouldBe("order.illegal_transition");
        Should.Throw<DomainException>(() => order.Deliver(OrderActor.Seller, Actor, Now)).Error.Code.ShouldBe("order.illegal_transition");
        Should.Throw<DomainException>(() => order.MarkRefunded(OrderActor.Admin, Actor, Now)).Error.Code.ShouldBe("order.illegal_transition");
        order.Status.ShouldBe(OrderStatus.PendingPayment);
        order.History.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(OrderActor.Customer, false)]
    [InlineData(OrderActor.Seller, true)]
    [InlineData(OrderActor.Admin, true)]
    [InlineData(OrderActor.System, false)]
    public void Who_may_cancel_an_order_in_production(OrderActor actor, bool allowed)
    {
        var order = Place();
        order.MarkPaid(OrderActor.System, null, Now);
        order.StartProduction(OrderActor.Seller, Actor, Now);

        if (allowed)
        {
            order.Cancel(actor, Actor, "reason", Now).ShouldBeTrue();
            order.Status.ShouldBe(OrderStatus.Cancelled);
        }
        else
        {
            Should.Throw<DomainException>(() => order.Cancel(actor, Actor, "reason", Now));
            order.Status.ShouldBe(OrderStatus.InProduction);
        }
    }

    [Fact]
    public void Cancelling_an_unpaid_order_needs_no_refund()
    {
        Place().Cancel(OrderActor.Customer, Actor, "changed my mind", Now).ShouldBeFalse();
    }

    [Fact]
    public void Customised_items_return_only_when_faulty_and_only_within_the_window()
    {
        var order = Delivered(customised: true);

        Should.Throw<DomainException>(() => order.RequestReturn(Actor, ReturnReason.ChangedMind, null, TimeSpan.FromDays(14), Now.AddDays(1)))
            .Error.Code.ShouldBe("order.custom_return_reason");
        Should.Throw<DomainException>(() => order.RequestReturn(Actor, ReturnReason.Defective, null, TimeSpan.FromDays(14), Now.AddDays(14)))
            .Error.Code.ShouldBe("order.return_window_closed");
        order.RequestReturn(Actor, ReturnReason.Defective, "misspelt", TimeSpan.FromDays(14), Now.AddDays(13));
        order.Status.ShouldBe(OrderStatus.ReturnRequested);
    }

    [Fact]
    public void Shipping_needs_a_tracking_number()
    {
        var order = Place();
        order.MarkPaid(OrderActor.System, null, Now);
        order.StartProduction(OrderActor.Seller, Actor, Now);

        Should.Throw<DomainException>(() => order.Ship(OrderActor.Seller, Actor, " ", Now)).Error.Type.ShouldBe(ErrorType.Validation);
        order.Status.ShouldBe(OrderStatus.InProduction);
    }
}
