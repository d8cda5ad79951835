using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Selections;
using CustomiseYou.Domain.Orders;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Orders;

/// <summary>
/// The checkout's Application services, called directly in a region's scope against its real PostgreSQL (no HTTP in
/// between): re-pricing a cart and reserving its stock. The data is set up through the API like any seller would.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CheckoutServicesTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task Repricing_a_cart_keeps_current_lines_and_reports_changed_and_withdrawn_ones_by_line_all_at_once()
    {
        var seller = await SellerAsync(api, Tenant);
        var engraved = await ProductAsync(api, seller, Tenant, 1000m, stock: 10);
        await DefineEngravingAsync(seller, engraved.Id, perCharacter: 5m);
        var plain = await ProductAsync(api, seller, Tenant, 250m, stock: 10);
        var withdrawn = await ProductAsync(api, seller, Tenant, 99m, stock: 10);

        var cart = Cart.For(Guid.NewGuid());
        CartLine engravedLine = null!, plainLine = null!, withdrawnLine = null!;
        await InTenantAsync(async services =>
        {
            engravedLine = await AddPricedAsync(services, cart, engraved.Id, new() { ["engraving"] = SelectionValue.OfText("Asha") });
            plainLine = await AddPricedAsync(services, cart, plain.Id, []);
            withdrawnLine = await AddPricedAsync(services, cart, withdrawn.Id, []);

            var current = await services.GetRequiredService<CartRepricing>().RepriceAsync(cart, CancellationToken.None);

            current.Value.Select(l => (l.Line.Id, l.Priced.UnitPrice)).ShouldBe([
                (engravedLine.Id, Money.Of(1020m, "INR")), (plainLine.Id, Money.Of(250m, "INR")), (withdrawnLine.Id, Money.Of(99m, "INR"))]);
            var snapshot = current.Value[0].ToCheckoutLine().Customization.ShouldNotBeNull();
            OrderItemSnapshot.Breakdown(snapshot.BreakdownJson)!.Select(l => l.Label).ShouldBe(["Base price", "Engraving (4 characters × 5 INR)"]);
        });

        await DefineEngravingAsync(seller, engraved.Id, perCharacter: 10m);
        (await seller.Client.PostAsync($"/api/v1/products/{withdrawn.Id}/archive", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await InTenantAsync(async services =>
        {
            var changed = await services.GetRequiredService<CartRepricing>().RepriceAsync(cart, CancellationToken.None);

            changed.Error.ShouldNotBeNull().Code.ShouldBe("checkout.price_changed");
            changed.Error.Details.Keys.ShouldBe([$"items[{engravedLine.Id}]", $"items[{withdrawnLine.Id}]"], ignoreOrder: true);
        });
        engravedLine.UnitQuote.ShouldBe(Money.Of(1040m, "INR")); // the new quote is on the line for the caller to keep
        engravedLine.Customization!.Version.ShouldBe(2);
        plainLine.UnitQuote.ShouldBe(Money.Of(250m, "INR"));
    }

    [Fact]
    public async Task A_short_product_fails_the_whole_reservation_naming_its_first_line_and_the_transaction_rolls_it_all_back()
    {
        var seller = await SellerAsync(api, Tenant);
        var plenty = await ProductAsync(api, seller, Tenant, 100m, stock: 10);
        var scarce = await ProductAsync(api, seller, Tenant, 100m, stock: 2);

        await InTenantAsync(async services =>
        {
            var cart = Cart.For(Guid.NewGuid());
            var now = DateTimeOffset.UtcNow;
            cart.Add(plenty.Id, 4, null, Money.Of(100m, "INR"), now);
            var first = cart.Add(scarce.Id, 1, null, Money.Of(100m, "INR"), now);
            cart.Add(scarce.Id, 2, new CartCustomization(1, "{}", "other-selection"), Money.Of(100m, "INR"), now);
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var stock = services.GetRequiredService<StockMovements>();

            var shortage = await Should.ThrowAsync<DomainException>(
                unitOfWork.CommitAsync(ct => stock.ReserveAsync(cart.Lines, ct), CancellationToken.None));

            shortage.Error.Code.ShouldBe("checkout.out_of_stock");
            shortage.Error.Details.Keys.ShouldBe([$"items[{first.Id}]"]);
        });

        (await StockAsync(Tenant, plenty.Id)).ShouldBe((10, 0)); // reserved first, rolled back with the shortage
        (await StockAsync(Tenant, scarce.Id)).ShouldBe((2, 0));
    }

    private static async Task<CartLine> AddPricedAsync(
        IServiceProvider services, Cart cart, Guid productId, Dictionary<string, SelectionValue> selection)
    {
        var product = (await services.GetRequiredService<IProductRepository>().GetByIdAsync(productId, CancellationToken.None))!;
        var priced = await services.GetRequiredService<CartPricing>().PriceAsync(product, 1, selection, CancellationToken.None);
        return cart.Add(productId, 1, priced.Value.Customization, priced.Value.UnitPrice, DateTimeOffset.UtcNow);
    }

    private async Task InTenantAsync(Func<IServiceProvider, Task> act)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var _ = services.GetRequiredService<ITenantContext>().Change(services.GetRequiredService<ITenantStore>().Find(Tenant)!);
        await act(services);
    }

    private static async Task DefineEngravingAsync(SellerClient seller, Guid productId, decimal perCharacter)
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
