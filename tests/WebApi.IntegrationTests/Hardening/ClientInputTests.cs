using System.Net;
using System.Net.Http.Json;
using System.Text;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Hardening;

/// <summary>The reproductions of issue 16: client input that used to answer 500 is a 4xx problem naming the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientInputTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    /// <summary>A JSON escape of a lone low surrogate: valid JSON, but no valid text.</summary>
    private const string LoneSurrogate = "\\udfff";

    private static readonly object Nameplate = new
    {
        options = new object[]
        {
            new { key = "engraving", type = "text", labels = new { en = "Engraving" }, maxLength = 30, allowedCharacters = "Any" },
            new
            {
                key = "size", type = "choice", labels = new { en = "Size" },
                choices = new object[] { new { value = "small", labels = new { en = "Small" } } },
            },
        },
    };

    [Theory]
    [InlineData("quote")]
    [InlineData("preview")]
    public async Task A_lone_surrogate_in_a_selection_is_400_naming_the_selection(string operation)
    {
        var product = await CustomizableProductAsync();

        var response = await api.ClientFor(Tenant).PostRawJsonAsync(
            $"/api/v1/products/{product.Id}/customization/{operation}",
            $$$"""{"quantity":1,"selections":{"engraving":"ab{{{LoneSurrogate}}}","size":"small"}}""");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation");
        problem.Errors.Keys.ShouldBe(["selections.engraving"]);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_cart_selection_is_400()
    {
        var product = await CustomizableProductAsync();

        var response = await api.ClientAs(Tenant, "customer").PostRawJsonAsync(
            "/api/v1/cart/items",
            $$$"""{"productId":"{{{product.Id}}}","quantity":1,"selections":{"engraving":"{{{LoneSurrogate}}}x","size":"small"}}""");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["selections.engraving"]);
    }

    [Theory]
    [InlineData("{}", "options")]
    [InlineData("""{"options":null}""", "options")]
    [InlineData("""{"options":[null]}""", "options[0]")]
    [InlineData("""{"options":[{"key":"size","type":"choice","labels":{"en":"Size"},"choices":[null]}]}""", "options[0].choices[0]")]
    [InlineData("""{"options":[{"key":"t","type":"text","labels":{"en":"T"},"pricing":{"rules":[null]}}]}""", "options[0].pricing.rules[0]")]
    [InlineData("""{"options":[{"key":"t","type":"text","labels":{"en":"T"},"fonts":[null]}]}""", "options[0].fonts[0]")]
    [InlineData(
        """{"options":[{"key":"n","type":"number","labels":{"en":"N"},"pricing":{"rules":[{"type":"tiers","tiers":[null]}]}}]}""",
        "options[0].pricing.rules[0].tiers[0]")]
    [InlineData("""{"options":[],"previewTemplate":{"baseImage":"b","width":10,"height":10,"zones":[null]}}""", "previewTemplate.zones[0]")]
    public async Task A_customisation_schema_with_missing_or_null_parts_is_400_with_the_path(string body, string field)
    {
        var (seller, product) = await ProductAsync();

        var response = await seller.Client.PutAsync(
            $"/api/v1/products/{product.Id}/customization", new StringContent(body, Encoding.UTF8, "application/json"));

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldContain(field);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"options":null}""")]
    [InlineData("""{"options":[null]}""")]
    public async Task A_customer_sending_a_broken_schema_for_a_missing_product_gets_a_4xx(string body)
    {
        var response = await api.ClientAs(Tenant, "customer").PutAsync(
            $"/api/v1/products/{Guid.NewGuid()}/customization", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response, response.StatusCode);
        problem.Status.ShouldBeInRange(400, 499);
    }

    [Fact]
    public async Task A_nul_character_in_a_name_is_400_with_the_field_path_and_nothing_is_stored()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);

        var response = await seller.Client.PostRawJsonAsync(
            "/api/v1/products",
            $$$"""{"title":"Mug\u0000","description":"A mug","categoryId":"{{{category}}}","basePrice":{"amount":10,"currency":"INR"},"sku":"S-1","stock":1}""");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation");
        problem.Errors.Keys.ShouldBe(["title"]);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_typed_text_field_is_400_with_its_path()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);

        var response = await seller.Client.PostRawJsonAsync(
            "/api/v1/products",
            $$$"""{"title":"Mug","description":"A {{{LoneSurrogate}}}","categoryId":"{{{category}}}","basePrice":{"amount":10,"currency":"INR"},"sku":"S-2","stock":1}""");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["description"]);
    }

    [Fact]
    public async Task A_nul_character_deep_in_a_body_is_reported_at_its_path()
    {
        var response = await api.ClientAs(Tenant, "customer").PostRawJsonAsync(
            "/api/v1/checkout",
            """{"shippingAddress":{"fullName":"Asha","line1":"12\u0000 MG Road","city":"Bengaluru","postalCode":"560001","country":"IN"}}""");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldContain("shippingAddress.line1");
    }

    [Fact]
    public async Task A_nul_character_in_a_property_name_is_400()
    {
        var product = await CustomizableProductAsync();

        var response = await api.ClientFor(Tenant).PostRawJsonAsync(
            $"/api/v1/products/{product.Id}/customization/quote", """{"quantity":1,"selections":{"engr\u0000aving":"x"}}""");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["selections"]);
    }

    private async Task<(SellerClient Seller, ProductDto Product)> ProductAsync()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await PublishedAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant), "Nameplate", 500m));
        return (seller, product);
    }

    private async Task<ProductDto> CustomizableProductAsync()
    {
        var (seller, product) = await ProductAsync();
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", Nameplate)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return product;
    }
}
