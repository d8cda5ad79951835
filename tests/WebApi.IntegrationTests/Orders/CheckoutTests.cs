using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Orders.PlaceCheckout;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class CheckoutTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    /// <summary>A shipping address other than the default one, to send a different body under the same key.</summary>
    private static readonly object OtherAddress = new { fullName = "Someone Else", line1 = "1 Other St", city = "Pune", postalCode = "411001", country = "IN" };

    [Fact]
    public async Task A_multi_seller_cart_becomes_one_order_per_seller_with_an_exact_fee_split()
    {
        var first = await SellerAsync(api, Tenant);
        var second = await SellerAsync(api, Tenant);
        var mug = await ProductAsync(api, first, Tenant, 333.33m, stock: 5);
        var plate = await ProductAsync(api, second, Tenant, 1999.99m, stock: 5);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, mug.Id, 3);
        await AddToCartAsync(customer, plate.Id, 1);
        await AddToCartAsync(customer, mug.Id, 1); // merges into the first line

        var checkout = await PlaceAsync(customer);

        checkout.Orders.Count.ShouldBe(2);
        checkout.Total.Amount.ShouldBe(3333.31m);
        var mugOrder = checkout.Orders.Single(o => o.SellerId == first.SellerId);
        mugOrder.Total.Amount.ShouldBe(1333.32m);
        mugOrder.MarketplaceFee.Amount.ShouldBe(160.00m); // 12 % of 1333.32 = 159.9984, half-even to the paisa
        (mugOrder.MarketplaceFee.Amount + mugOrder.SellerShare.Amount).ShouldBe(mugOrder.Total.Amount);
        checkout.Orders.Sum(o => o.Total.Amount).ShouldBe(checkout.Total.Amount);
        checkout.Orders.ShouldAllBe(o => o.MarketplaceFee.Amount + o.SellerShare.Amount == o.Total.Amount);
        (await StockAsync(Tenant, mug.Id)).ShouldBe((5, 4));
        (await (await customer.GetAsync("/api/v1/cart")).ReadAsync<CartDto>(HttpStatusCode.OK)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_hundred_concurrent_checkouts_for_ten_items_sell_exactly_ten()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 499m, stock: 10);
        var customers = new List<HttpClient>();
        for (var i = 0; i < 200; i++)
        {
            var customer = await CustomerAsync(api, Tenant);
            await AddToCartAsync(customer, product.Id, 1);
            customers.Add(customer);
        }

        var responses = await Task.WhenAll(customers.Select(c => CheckoutAsync(c)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(190);
        (await StockAsync(Tenant, product.Id)).ShouldBe((10, 10));
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT coalesce(sum(i.quantity), 0) FROM order_items i WHERE i.product_id = @id", ("id", product.Id))).ShouldBe(10);
    }

    [Fact]
    public async Task Fifty_concurrent_requests_with_one_key_make_one_checkout_and_replays_are_identical()
    {
        var (product, customer) = await CartReadyAsync(stock: 100, quantity: 2);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => CheckoutAsync(customer, key)));
        var replay = await CheckoutAsync(customer, key);

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        created.ShouldNotBeEmpty();
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        var bodies = await Task.WhenAll(created.Append(replay).Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1);
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StockAsync(Tenant, product.Id)).ShouldBe((100, 2));
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM order_items WHERE product_id = @id", ("id", product.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_key_reused_with_another_body_is_422_and_a_missing_key_is_400()
    {
        var (product, customer) = await CartReadyAsync(stock: 10, quantity: 1);
        var key = Guid.NewGuid().ToString();
        (await CheckoutAsync(customer, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await Problem.ReadAsync(await CheckoutAsync(customer, key, OtherAddress), HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("idempotency.key_reused");
        (await Problem.ReadAsync(await CheckoutAsync(customer, key: ""), HttpStatusCode.BadRequest)).Errors.Keys.ShouldContain("Idempotency-Key");
    }

    [Fact]
    public async Task An_expired_key_is_claimed_again_and_places_a_new_checkout()
    {
        var (product, customer) = await CartReadyAsync(stock: 10, quantity: 1);
        var key = Guid.NewGuid().ToString();
        var first = await (await CheckoutAsync(customer, key)).ReadAsync<CheckoutResult>(HttpStatusCode.Created);
        (await TestDatabases.ScalarAsync<int>(Tenant,
            "UPDATE idempotency_records SET expires_at = now() - interval '1 minute' WHERE key = @key RETURNING 1", ("key", key))).ShouldBe(1);

        await AddToCartAsync(customer, product.Id, 1);
        var second = await (await CheckoutAsync(customer, key, OtherAddress)).ReadAsync<CheckoutResult>(HttpStatusCode.Created);

        second.CheckoutId.ShouldNotBe(first.CheckoutId);
        (await StockAsync(Tenant, product.Id)).ShouldBe((10, 2));
    }

    [Fact]
    public async Task Short_stock_is_409_and_reserves_nothing_for_any_line()
    {
        var seller = await SellerAsync(api, Tenant);
        var plenty = await ProductAsync(api, seller, Tenant, 100m, stock: 50);
        var scarce = await ProductAsync(api, seller, Tenant, 100m, stock: 1);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, plenty.Id, 5);
        await AddToCartAsync(customer, scarce.Id, 2);

        var problem = await Problem.ReadAsync(await CheckoutAsync(customer), HttpStatusCode.Conflict);

        problem.Code.ShouldBe("checkout.out_of_stock");
        (await StockAsync(Tenant, plenty.Id)).ShouldBe((50, 0));
        (await StockAsync(Tenant, scarce.Id)).ShouldBe((1, 0));
        (await (await customer.GetAsync("/api/v1/cart")).ReadAsync<CartDto>(HttpStatusCode.OK)).Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_line_priced_on_an_old_customisation_version_is_repriced_and_the_customer_is_told()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 1000m, stock: 10);
        await DefineEngravingAsync(seller, product.Id, perCharacter: 5m);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, product.Id, 1, new { engraving = "Asha" });
        await DefineEngravingAsync(seller, product.Id, perCharacter: 10m);

        var problem = await Problem.ReadAsync(await CheckoutAsync(customer), HttpStatusCode.Conflict);

        problem.Code.ShouldBe("checkout.price_changed");
        problem.Errors.Values.Single().Single().ShouldContain("1020");
        var cart = await (await customer.GetAsync("/api/v1/cart")).ReadAsync<CartDto>(HttpStatusCode.OK);
        cart.Items.Single().UnitPrice.Amount.ShouldBe(1040m);
        cart.Items.Single().CustomizationVersion.ShouldBe(2);
        var placed = await PlaceAsync(customer);
        placed.Total.Amount.ShouldBe(1040m);
        var order = await (await customer.GetAsync($"/api/v1/orders/{placed.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        order.Items.Single().CustomizationVersion.ShouldBe(2);
        order.Items.Single().Selection.ShouldNotBeNull()["engraving"].ShouldBeOfType<JsonElement>().GetString().ShouldBe("Asha");
    }

    [Fact]
    public async Task An_order_item_returns_its_selection_and_breakdown_as_json_not_as_strings_of_json()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 1000m, stock: 10);
        await DefineEngravingAsync(seller, product.Id, perCharacter: 5m);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, product.Id, 2, new { engraving = "Asha" });
        var placed = await PlaceAsync(customer);

        var order = await (await customer.GetAsync($"/api/v1/orders/{placed.Orders[0].Id}")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        var item = order.GetProperty("items")[0];
        item.GetProperty("selection").GetProperty("engraving").GetString().ShouldBe("Asha");
        var breakdown = item.GetProperty("breakdown").EnumerateArray().ToList();
        breakdown.Select(line => line.GetProperty("kind").GetString()).ShouldBe(["BasePrice", "Rule"]);
        breakdown.Select(line => line.GetProperty("amount").GetProperty("amount").GetDecimal()).ShouldBe([1000m, 20m]);
        breakdown.ShouldAllBe(line => line.GetProperty("amount").GetProperty("currency").GetString() == "INR");
        breakdown[1].GetProperty("optionKey").GetString().ShouldBe("engraving");
        breakdown[1].GetProperty("label").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Identical_selections_merge_and_different_ones_stay_apart()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 1000m, stock: 10);
        await DefineEngravingAsync(seller, product.Id, perCharacter: 5m);
        var customer = await CustomerAsync(api, Tenant);

        await AddToCartAsync(customer, product.Id, 1, new { engraving = "Ravi" });
        await AddToCartAsync(customer, product.Id, 2, new { engraving = "  Ravi " });
        await AddToCartAsync(customer, product.Id, 1, new { engraving = "Meera" });

        var cart = await (await customer.GetAsync("/api/v1/cart")).ReadAsync<CartDto>(HttpStatusCode.OK);
        cart.Items.Select(i => i.Quantity).ShouldBe([3, 1]);
        cart.Total.Amount.ShouldBe((3 * 1020m) + 1025m);
    }

    /// <summary>A product of a new seller at 250.00 INR, and a new customer with <paramref name="quantity"/> of it in the cart.</summary>
    private async Task<(ProductDto Product, HttpClient Customer)> CartReadyAsync(int stock, int quantity)
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 250m, stock);
        var customer = await CustomerAsync(api, Tenant);
        await AddToCartAsync(customer, product.Id, quantity);
        return (product, customer);
    }

    private static async Task DefineEngravingAsync(Products.CatalogTestData.SellerClient seller, Guid productId, decimal perCharacter)
    {
        var definition = new
        {
            options = new[]
            {
                new
                {
                    key = "engraving", type = "text", labels = new { en = "Engraving" }, required = true, maxLength = 20,
                    pricing = new { rules = new[] { new { type = "perCharacter", amount = new { amount = perCharacter, currency = "INR" } } } },
                },
            },
        };
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{productId}/customization", definition)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
