using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CustomiseYou.Application.Customization.Common;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Customization;

[Collection(ApiCollection.Name)]
public sealed class CustomizationTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    /// <summary>Engraved nameplate: text priced per character, a size choice, a colour palette, a preview template.</summary>
    private static object Nameplate(
        decimal perCharacter = 5m, decimal largeSurcharge = 300m, string allowedCharacters = "LettersDigitsSpacePunctuation") => new
        {
            options = new object[]
        {
            new
            {
                key = "engraving", type = "text", labels = new { en = "Engraving", hi = "नक्काशी" }, required = true, displayOrder = 1,
                maxLength = 30, allowedCharacters, fonts = new[] { "Serif", "Script" },
                pricing = new { rules = new[] { new { type = "perCharacter", amount = Inr(perCharacter) } } },
            },
            new
            {
                key = "size", type = "choice", labels = new { en = "Size" }, required = true, displayOrder = 2,
                choices = new object[]
                {
                    new { value = "small", labels = new { en = "Small" } },
                    new { value = "large", labels = new { en = "Large" }, priceAdjustment = Inr(largeSurcharge), leadTimeDays = 3 },
                },
            },
            new
            {
                key = "colour", type = "colour", labels = new { en = "Colour" }, displayOrder = 3,
                palette = new[] { new { name = "Walnut", hex = "#5c4033" }, new { name = "Ivory", hex = "#fffff0" } },
            },
        },
            previewTemplate = new
            {
                baseImage = "base",
                width = 600,
                height = 300,
                zones = new[] { new { name = "plate", optionKey = "engraving", x = 50, y = 100, width = 500, height = 100, colourOptionKey = "colour" } },
            },
        };

    private static object Inr(decimal amount) => new { amount, currency = "INR" };

    [Fact]
    public async Task A_seller_defines_options_and_a_customer_gets_a_priced_quote()
    {
        var (seller, product) = await PublishedProductAsync(price: 1000m);

        var version = await (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate()))
            .ReadAsync<CustomizationVersionDto>(HttpStatusCode.OK);
        version.Version.ShouldBe(1);

        var quote = await QuoteAsync(
            product.Id, 2, new { engraving = new { text = "  The Sharmas ", font = "script" }, size = "large", colour = "#5C4033" });

        quote.Version.ShouldBe(1);
        quote.Breakdown.Select(l => l.Amount.Amount).ShouldBe([1000m, 50m, 300m], ignoreOrder: true); // 10 characters without the space, at 5 each
        quote.UnitPrice.Amount.ShouldBe(1350m);
        quote.Breakdown.Sum(l => l.Amount.Amount).ShouldBe(quote.UnitPrice.Amount);
        quote.Total.ShouldBe(new Application.Common.Models.MoneyDto(2700m, "INR"));
        quote.LeadTimeDays.ShouldBe(3);
        JsonSerializer.Serialize(quote.Selection["engraving"]).ShouldContain("The Sharmas\"");
        (await (await api.ClientFor(Tenant).GetAsync($"/api/v1/products/{product.Id}")).ReadAsync<ProductDto>(HttpStatusCode.OK))
            .Customizable.ShouldBeTrue();
    }

    [Fact]
    public async Task An_invalid_selection_is_422_with_every_bad_option_at_once()
    {
        var (seller, product) = await PublishedProductAsync();
        await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate());

        var response = await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/products/{product.Id}/customization/quote",
            new { quantity = 1, selections = new { engraving = new string('x', 31), size = "huge", colour = "#123456", gift = "yes" } });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.Errors.Keys.ShouldBe(["engraving", "size", "colour", "gift"], ignoreOrder: true);
    }

    [Fact]
    public async Task Every_change_is_a_new_version_and_quotes_use_the_latest()
    {
        var (seller, product) = await PublishedProductAsync(price: 1000m);
        await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate(perCharacter: 5m));
        var v2 = await (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate(perCharacter: 8m)))
            .ReadAsync<CustomizationVersionDto>(HttpStatusCode.OK);

        var quote = await QuoteAsync(product.Id, 1, new { engraving = "Om", size = "small" });

        v2.Version.ShouldBe(2);
        quote.Version.ShouldBe(2);
        quote.UnitPrice.Amount.ShouldBe(1016m);
        var first = await (await api.ClientFor(Tenant).GetAsync($"/api/v1/products/{product.Id}/customization?version=1"))
            .ReadAsync<CustomizationVersionDto>(HttpStatusCode.OK);
        first.Version.ShouldBe(1);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM product_customizations WHERE product_id = @id", ("id", product.Id)))
            .ShouldBe(2);
    }

    [Fact]
    public async Task A_broken_schema_is_400_with_field_paths_and_stores_nothing()
    {
        var (seller, product) = await PublishedProductAsync();
        var broken = new
        {
            options = new object[]
            {
                new { key = "name", type = "text", labels = new { en = "Name" }, minLength = 10, maxLength = 5, allowedPattern = "([a-z" },
                new { key = "name", type = "number", labels = new { en = "Size" }, min = 10, max = 1 },
                new { key = "wrap", type = "choice", labels = new { en = "Wrap" }, condition = new { dependsOn = "ghost", values = new[] { "x" } },
                      choices = new[] { new { value = "paper", labels = new { en = "Paper" } } } },
                new { key = "fee", type = "text", labels = new { en = "Fee" },
                      pricing = new { rules = new[] { new { type = "perCharacter", amount = Inr(-1m) } } } },
            },
        };

        var problem = await Problem.ReadAsync(
            await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", broken), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldContain("options[0].maxLength");
        problem.Errors.Keys.ShouldContain("options[0].allowedPattern");
        problem.Errors.Keys.ShouldContain("options[1].key");
        problem.Errors.Keys.ShouldContain("options[1].max");
        problem.Errors.Keys.ShouldContain("options[2].condition.dependsOn");
        problem.Errors.Keys.ShouldContain(k => k.StartsWith("options[3].pricing", StringComparison.Ordinal));
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM product_customizations WHERE product_id = @id", ("id", product.Id)))
            .ShouldBe(0);
    }

    [Fact]
    public async Task A_price_rule_in_another_currency_is_400()
    {
        var (seller, product) = await PublishedProductAsync();
        var euros = new
        {
            options = new[]
            {
                new
                {
                    key = "gift", type = "text", labels = new { en = "Gift note" },
                    pricing = new { rules = new[] { new { type = "fixed", amount = new { amount = 2m, currency = "EUR" } } } },
                },
            },
        };

        var problem = await Problem.ReadAsync(
            await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", euros), HttpStatusCode.BadRequest);

        problem.Errors.Keys.ShouldBe(["options[0].pricing.rules[0].amount.currency"]);
    }

    [Fact]
    public async Task Only_the_owner_defines_options()
    {
        var (_, product) = await PublishedProductAsync();
        var other = await SellerAsync(api, Tenant);

        (await other.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate()))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate()))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.ClientFor("europe").PostAsJsonAsync($"/api/v1/products/{product.Id}/customization/quote", new { quantity = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_preview_is_safe_svg_with_the_escaped_text()
    {
        var (seller, product) = await PublishedProductAsync();
        // Any character is allowed here, so markup reaches the renderer and must be escaped there.
        await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate(allowedCharacters: "Any"));
        const string hostile = "<script>alert(1)</script> & co";

        var response = await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/products/{product.Id}/customization/preview",
            new { selections = new { engraving = hostile, size = "small", colour = "#FFFFF0" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var svg = await response.Content.ReadAsStringAsync();
        var document = XDocument.Parse(svg);
        document.Descendants().ShouldNotContain(e => e.Name.LocalName == "script");
        document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ShouldContain(hostile);
        svg.ShouldNotContain("http://example");
        svg.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task Oversize_preview_input_is_refused()
    {
        var (seller, product) = await PublishedProductAsync();
        await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate());

        var response = await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/products/{product.Id}/customization/preview",
            new { selections = new { engraving = new string('W', 5000), size = "small" } });

        (await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Errors.Keys.ShouldContain("engraving");
    }

    private async Task<(SellerClient Seller, ProductDto Product)> PublishedProductAsync(decimal price = 1499m)
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await PublishedAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant), "Engraved nameplate", price));
        return (seller, product);
    }

    private async Task<QuoteDto> QuoteAsync(Guid productId, int quantity, object selections) =>
        await (await api.ClientFor(Tenant).PostAsJsonAsync($"/api/v1/products/{productId}/customization/quote", new { quantity, selections }))
            .ReadAsync<QuoteDto>(HttpStatusCode.OK);
}
