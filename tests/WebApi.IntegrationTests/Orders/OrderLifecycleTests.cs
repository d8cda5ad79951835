using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Jobs;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class OrderLifecycleTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task An_order_goes_from_payment_to_delivery_with_its_history_and_stock_moves_on_payment()
    {
        var (seller, customer, productId, orderId) = await PlacedOrderAsync(quantity: 2);

        var paid = await MarkPaidAsync(orderId);
        paid.Status.ShouldBe(OrderStatus.Paid);
        (await StockAsync(Tenant, productId)).ShouldBe((8, 0));
        paid.History.Select(h => (h.From, h.To, h.Actor)).ShouldBe([
            (null, OrderStatus.PendingPayment, "Customer"), (OrderStatus.PendingPayment, OrderStatus.Paid, "Admin")]);
        (await TestDatabases.ScalarAsync<bool>(Tenant,
            "SELECT actor_id IS NOT NULL FROM order_status_history WHERE order_id = @id AND \"to\" = 'Paid'", ("id", orderId))).ShouldBeTrue();

        await MoveAsync(seller.Client, orderId, new { status = "InProduction" }, HttpStatusCode.OK);
        (await Problem.ReadAsync(
                await seller.Client.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", new { status = "Shipped" }),
                HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["trackingNumber"]);
        await MoveAsync(seller.Client, orderId, new { status = "Shipped", trackingNumber = "DHL-123" }, HttpStatusCode.OK);
        var delivered = await MoveAsync(seller.Client, orderId, new { status = "Delivered" }, HttpStatusCode.OK);

        delivered!.TrackingNumber.ShouldBe("DHL-123");
        delivered.History.Select(h => h.To).ShouldBe([OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.InProduction, OrderStatus.Shipped, OrderStatus.Delivered]);
        delivered.History.Skip(2).ShouldAllBe(h => h.Actor == "Seller");
        var mine = await (await customer.GetAsync($"/api/v1/orders/{orderId}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        mine.Status.ShouldBe(OrderStatus.Delivered);
        var queue = await (await seller.Client.GetAsync("/api/v1/seller/orders?status=Delivered")).ReadAsync<OrderPage>(HttpStatusCode.OK);
        queue.Items.Select(o => o.Id).ShouldContain(orderId);
    }

    [Fact]
    public async Task Illegal_transitions_are_409_and_change_nothing()
    {
        var (seller, customer, _, orderId) = await PlacedOrderAsync();

        (await Problem.ReadAsync(
                await seller.Client.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", new { status = "InProduction" }),
                HttpStatusCode.Conflict))
            .Code.ShouldBe("order.illegal_transition");
        (await Problem.ReadAsync(
                await customer.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", new { status = "Delivered" }), HttpStatusCode.Forbidden))
            .Code.ShouldBe("order.seller_only");
        await MarkPaidAsync(orderId);
        (await Problem.ReadAsync(await api.AdminFor(Tenant).PostAsync($"/api/v1/admin/orders/{orderId}/mark-paid", null), HttpStatusCode.Conflict))
            .Code.ShouldBe("order.illegal_transition");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT status FROM orders WHERE id = @id", ("id", orderId))).ShouldBe("Paid");
    }

    [Fact]
    public async Task Customers_cancel_before_production_and_sellers_until_shipping_with_stock_restored()
    {
        var (_, customer, productId, unpaid) = await PlacedOrderAsync(quantity: 3);
        var cancelled = await (await customer.PostAsJsonAsync($"/api/v1/orders/{unpaid}/cancel", new { reason = "Changed my mind" }))
            .ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        (await StockAsync(Tenant, productId)).ShouldBe((10, 0));

        var (seller, customer2, product2, inProduction) = await PlacedOrderAsync(quantity: 1);
        await MarkPaidAsync(inProduction);
        await MoveAsync(seller.Client, inProduction, new { status = "InProduction" }, HttpStatusCode.OK);
        (await Problem.ReadAsync(await customer2.PostAsJsonAsync($"/api/v1/orders/{inProduction}/cancel", new { }), HttpStatusCode.Conflict))
            .Code.ShouldBe("order.illegal_transition");
        (await seller.Client.PostAsJsonAsync($"/api/v1/orders/{inProduction}/cancel", new { reason = "Material unavailable" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StockAsync(Tenant, product2)).ShouldBe((10, 0));
        (await TestDatabases.ScalarAsync<long>(Tenant,
            "SELECT count(*) FROM outbox_messages WHERE type = 'OrderCancelled' AND payload->>'orderId' = @id AND (payload->>'refundDue')::boolean",
            ("id", inProduction.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task Unpaid_orders_expire_and_release_their_stock()
    {
        var (_, customer, productId, orderId) = await PlacedOrderAsync(quantity: 4);
        (await StockAsync(Tenant, productId)).ShouldBe((10, 4));
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET payment_due_by = now() - interval '1 minute' WHERE id = @id", ("id", orderId));

        var outcome = await JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), "expire-unpaid-orders");

        outcome.ShouldEndWith("unpaid orders expired, stock released");
        var order = await (await customer.GetAsync($"/api/v1/orders/{orderId}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.CancellationReason.ShouldBe("PaymentTimeout");
        (await StockAsync(Tenant, productId)).ShouldBe((10, 0));
    }

    [Fact]
    public async Task Delivered_orders_complete_once_the_return_window_has_passed()
    {
        var (_, customer, _, due) = await DeliveredOrderAsync();
        var (_, _, _, recent) = await DeliveredOrderAsync();
        // The region's window is 14 days: one delivery just past it, one just inside it.
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET delivered_at = now() - interval '14 days 1 minute' WHERE id = @id", ("id", due));
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET delivered_at = now() - interval '13 days 23 hours' WHERE id = @id", ("id", recent));

        var outcome = await JobTestKit.RunSuccessfullyAsync(api.AdminFor(Tenant), "complete-delivered-orders");

        outcome.ShouldEndWith("delivered orders completed");
        var completed = await (await customer.GetAsync($"/api/v1/orders/{due}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        completed.Status.ShouldBe(OrderStatus.Completed);
        completed.History[^1].Actor.ShouldBe("System");
        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT status FROM orders WHERE id = @id", ("id", recent))).ShouldBe("Delivered");
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM outbox_messages WHERE type = 'OrderStatusChanged' AND payload->>'orderId' = @id AND payload->>'status' = @status",
                ("id", due.ToString()), ("status", ((int)OrderStatus.Completed).ToString(CultureInfo.InvariantCulture))))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Returns_respect_the_window_and_customised_items_need_a_defect()
    {
        var (seller, customer, productId, orderId) = await DeliveredOrderAsync();
        var requested = await (await customer.PostAsJsonAsync($"/api/v1/orders/{orderId}/returns", new { reason = "ChangedMind" }))
            .ReadAsync<OrderDetailDto>(HttpStatusCode.Created);
        requested.Status.ShouldBe(OrderStatus.ReturnRequested);
        await MoveReturnAsync(seller.Client, orderId, "approve", HttpStatusCode.OK);
        var returned = await MoveReturnAsync(seller.Client, orderId, "received", HttpStatusCode.OK);
        returned!.Status.ShouldBe(OrderStatus.Refunded, "goods back means money back");
        returned.History.Select(h => h.To).ShouldContain(OrderStatus.Returned);
        (await StockAsync(Tenant, productId)).ShouldBe((10, 0));
        returned.Refunded.ShouldBe(returned.Total);

        var (_, late, _, lateOrder) = await DeliveredOrderAsync();
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE orders SET delivered_at = now() - interval '15 days' WHERE id = @id", ("id", lateOrder));
        (await Problem.ReadAsync(await late.PostAsJsonAsync($"/api/v1/orders/{lateOrder}/returns", new { reason = "Defective" }), HttpStatusCode.Conflict)).Code.ShouldBe("order.return_window_closed");
    }

    [Fact]
    public async Task A_customised_item_comes_back_only_when_faulty()
    {
        var (seller, customer, _, orderId) = await DeliveredOrderAsync(customised: true);

        (await Problem.ReadAsync(
                await customer.PostAsJsonAsync($"/api/v1/orders/{orderId}/returns", new { reason = "ChangedMind" }),
                HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("order.custom_return_reason");
        (await customer.PostAsJsonAsync($"/api/v1/orders/{orderId}/returns", new { reason = "Defective", note = "Engraving misspelt" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var rejected = await MoveReturnAsync(seller.Client, orderId, "reject", HttpStatusCode.OK, new { reason = "Matches the approved proof" });
        rejected!.Status.ShouldBe(OrderStatus.ReturnRejected);
    }

    [Fact]
    public async Task Other_customers_and_other_regions_cannot_see_an_order()
    {
        var (_, _, _, orderId) = await PlacedOrderAsync();
        var stranger = await CustomerAsync(api, Tenant);
        var otherSeller = await SellerAsync(api, Tenant);

        (await stranger.GetAsync($"/api/v1/orders/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherSeller.Client.GetAsync($"/api/v1/orders/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.AdminFor("south-asia").GetAsync($"/api/v1/orders/{orderId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM orders WHERE id = @id", ("id", orderId))).ShouldBe(0);
    }

    private async Task<(SellerClient Seller, HttpClient Customer, Guid ProductId, Guid OrderId)> PlacedOrderAsync(int quantity = 1, bool customised = false)
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 24.99m, stock: 10);
        object? selections = null;
        if (customised)
        {
            var definition = new { options = new[] { new { key = "name", type = "text", labels = new { en = "Name" }, required = true, maxLength = 20 } } };
            (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", definition)).StatusCode.ShouldBe(HttpStatusCode.OK);
            selections = new { name = "Lena" };
        }

        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, product.Id, quantity, selections);
        var checkout = await PlaceAsync(customer);
        return (seller, customer, product.Id, checkout.Orders.Single().Id);
    }

    private async Task<(SellerClient Seller, HttpClient Customer, Guid ProductId, Guid OrderId)> DeliveredOrderAsync(bool customised = false)
    {
        var placed = await PlacedOrderAsync(customised: customised);
        await MarkPaidAsync(placed.OrderId);
        await MoveAsync(placed.Seller.Client, placed.OrderId, new { status = "InProduction" }, HttpStatusCode.OK);
        await MoveAsync(placed.Seller.Client, placed.OrderId, new { status = "Shipped", trackingNumber = "UPS-9" }, HttpStatusCode.OK);
        await MoveAsync(placed.Seller.Client, placed.OrderId, new { status = "Delivered" }, HttpStatusCode.OK);
        return placed;
    }

    private async Task<OrderDetailDto> MarkPaidAsync(Guid orderId) =>
        await (await api.AdminFor(Tenant).PostAsync($"/api/v1/admin/orders/{orderId}/mark-paid", null)).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);

    private static async Task<OrderDetailDto?> MoveAsync(HttpClient client, Guid orderId, object body, HttpStatusCode expected) =>
        await (await client.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/status", body)).ReadAsync<OrderDetailDto>(expected);

    private static async Task<OrderDetailDto?> MoveReturnAsync(HttpClient client, Guid orderId, string decision, HttpStatusCode expected, object? body = null) =>
        await (await client.PostAsJsonAsync($"/api/v1/seller/orders/{orderId}/returns/{orderId}/{decision}", body ?? new { }))
            .ReadAsync<OrderDetailDto>(expected);
}
