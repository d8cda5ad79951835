using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Orders.OrderTestKit;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Orders;

/// <summary>
/// Breakdown labels follow the caller: the account's locale, else Accept-Language, else the region's first locale.
/// The labels are written de, en, hi so a fallback to "the first key" would show German to everyone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BreakdownLocaleTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Theory]
    [InlineData(null, null, "Engraving (4 characters × 5 INR)")]
    [InlineData(null, "hi-IN,hi;q=0.9,en;q=0.8", "नक्काशी (4 अक्षर × 5 INR)")]
    [InlineData(null, "de-DE, hi;q=0.5", "नक्काशी (4 अक्षर × 5 INR)")]
    [InlineData("hi-IN", "en-GB", "नक्काशी (4 अक्षर × 5 INR)")]
    [InlineData("en-IN", "hi", "Engraving (4 characters × 5 INR)")]
    public async Task An_order_snapshot_carries_labels_in_the_buyers_locale(string? accountLocale, string? acceptLanguage, string expected)
    {
        var productId = await EngravableProductAsync();
        var customer = await CustomerAsync(api, Tenant);
        if (accountLocale is not null)
        {
            (await customer.PutAsJsonAsync("/api/v1/me/locale", new { locale = accountLocale })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        if (acceptLanguage is not null)
        {
            customer.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        await AddToCartAsync(customer, productId, 1, new { engraving = "Asha" });
        var placed = await PlaceAsync(customer);

        var order = await (await customer.GetAsync($"/api/v1/orders/{placed.Orders[0].Id}")).ReadAsync<OrderDetailDto>(HttpStatusCode.OK);
        order.Items.Single().Breakdown.ShouldNotBeNull().Single(l => l.OptionKey == "engraving").Label.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "hi", "नक्काशी (4 अक्षर × 5 INR)")]
    [InlineData(null, "de", "Engraving (4 characters × 5 INR)")] // south-asia offers en-IN and hi-IN only: German falls to the region's first
    [InlineData("de", "hi", "Gravur (4 Zeichen × 5 INR)")] // a locale asked for in the request wins
    public async Task An_anonymous_quote_follows_the_locale_asked_for_then_accept_language(string? locale, string acceptLanguage, string expected)
    {
        var productId = await EngravableProductAsync();
        var anonymous = api.ClientFor(Tenant);
        anonymous.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var quote = await (await anonymous.PostAsJsonAsync(
                $"/api/v1/products/{productId}/customization/quote", new { quantity = 1, selections = new { engraving = "Asha" }, locale }))
            .ReadAsync<QuoteDto>(HttpStatusCode.OK);

        quote.Breakdown.Single(l => l.OptionKey == "engraving").Label.ShouldBe(expected);
    }

    private async Task<Guid> EngravableProductAsync()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await ProductAsync(api, seller, Tenant, 1000m, stock: 10);
        var definition = new
        {
            options = new[]
            {
                new
                {
                    key = "engraving", type = "text", required = true, maxLength = 20,
                    labels = new Dictionary<string, string> { ["de"] = "Gravur", ["en"] = "Engraving", ["hi"] = "नक्काशी" },
                    pricing = new { rules = new[] { new { type = "perCharacter", amount = new { amount = 5m, currency = "INR" } } } },
                },
            },
        };
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", definition)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return product.Id;
    }
}
