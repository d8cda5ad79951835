using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Products;

[Collection(ApiCollection.Name)]
public sealed class ProductTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task A_verified_seller_creates_illustrates_and_publishes_a_product()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);

        var draft = await CreateAsync(seller.Client, NewProduct(Tenant, category, price: 1499.50m));
        draft.Status.ShouldBe(ProductStatus.Draft);
        draft.BasePrice.Amount.ShouldBe(1499.50m);
        draft.BasePrice.Currency.ShouldBe("INR");
        draft.SellerId.ShouldBe(seller.SellerId);
        (await api.ClientFor(Tenant).GetAsync($"/api/v1/products/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var upload = await UploadAsync(seller.Client, draft.Id, Png);
        var image = await upload.ReadAsync<ProductImageDto>(HttpStatusCode.Created);
        var published = await (await seller.Client.PostAsync($"/api/v1/products/{draft.Id}/publish", null)).ReadAsync<ProductDto>(HttpStatusCode.OK);

        published.Status.ShouldBe(ProductStatus.Published);
        var publicView = await (await api.ClientFor(Tenant).GetAsync($"/api/v1/products/{draft.Id}")).ReadAsync<ProductDto>(HttpStatusCode.OK);
        publicView.Images.Single().Url.ShouldBe(image.Url);
        var bytes = await api.ClientFor(Tenant).GetByteArrayAsync(image.Url);
        bytes.ShouldBe(Png);
    }

    [Fact]
    public async Task Publishing_lists_every_missing_requirement_and_an_unverified_seller_cannot_publish()
    {
        var seller = await SellerAsync(api, Tenant, verified: false);
        var product = await CreateAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant)));

        var problem = await Problem.ReadAsync(await seller.Client.PostAsync($"/api/v1/products/{product.Id}/publish", null), HttpStatusCode.Conflict);

        problem.Code.ShouldBe("product.not_publishable");
        problem.Errors.Keys.ShouldBe(["seller", "images"], ignoreOrder: true);
        await UploadAsync(seller.Client, product.Id, Png);
        (await Problem.ReadAsync(await seller.Client.PostAsync($"/api/v1/products/{product.Id}/publish", null), HttpStatusCode.Conflict))
            .Errors.Keys.ShouldBe(["seller"]);
    }

    [Fact]
    public async Task Only_the_owner_or_an_admin_edits()
    {
        var owner = await SellerAsync(api, Tenant);
        var other = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var draft = await CreateAsync(owner.Client, NewProduct(Tenant, category));
        var live = await PublishedAsync(owner.Client, NewProduct(Tenant, category));

        (await other.Client.PatchJsonAsync($"/api/v1/products/{draft.Id}", new { title = "Mine now" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(
                await other.Client.PatchJsonAsync($"/api/v1/products/{live.Id}", new { title = "Mine now" }), HttpStatusCode.Forbidden))
            .Code.ShouldBe("product.not_owner");
        (await api.ClientFor(Tenant).PatchJsonAsync($"/api/v1/products/{live.Id}", new { title = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.ClientFor(Tenant).PostAsJsonAsync("/api/v1/products", NewProduct(Tenant, category)))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Problem.ReadAsync(
                await api.ClientAs(Tenant, "customer").PostAsJsonAsync("/api/v1/products", NewProduct(Tenant, category)), HttpStatusCode.Forbidden))
            .Code.ShouldBe("seller.required");

        var renamed = await (await api.AdminFor(Tenant).PatchJsonAsync($"/api/v1/products/{live.Id}", new { title = "Renamed by admin" }))
            .ReadAsync<ProductDto>(HttpStatusCode.OK);
        renamed.Title.ShouldBe("Renamed by admin");
        var mine = await (await owner.Client.PatchJsonAsync($"/api/v1/products/{draft.Id}", new { tags = new[] { "Teak", "teak", "door" } }))
            .ReadAsync<ProductDto>(HttpStatusCode.OK);
        mine.Tags.ShouldBe(["teak", "door"]);
    }

    [Fact]
    public async Task A_price_in_another_currency_or_with_fractions_of_a_paisa_is_400()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var before = await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM products WHERE seller_id = @s", ("s", seller.SellerId));

        var wrongCurrency = await seller.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "Mug",
            description = "",
            categoryId = category,
            basePrice = new { amount = 10m, currency = "EUR" },
            sku = "MUG-1",
            stock = 1,
        });
        var tooPrecise = await seller.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "Mug",
            description = "",
            categoryId = category,
            basePrice = new { amount = 10.005m, currency = "INR" },
            sku = "MUG-2",
            stock = -1,
        });

        (await Problem.ReadAsync(wrongCurrency, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["basePrice.currency"]);
        (await Problem.ReadAsync(tooPrecise, HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["basePrice.amount", "stock"], ignoreOrder: true);
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM products WHERE seller_id = @s", ("s", seller.SellerId)))
            .ShouldBe(before);
    }

    [Fact]
    public async Task A_sku_is_unique_per_seller_only()
    {
        var first = await SellerAsync(api, Tenant);
        var second = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var product = NewProduct(Tenant, category);
        await CreateAsync(first.Client, product);

        (await Problem.ReadAsync(await first.Client.PostAsJsonAsync("/api/v1/products", product), HttpStatusCode.Conflict))
            .Code.ShouldBe("product.sku_taken");
        (await second.Client.PostAsJsonAsync("/api/v1/products", product)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_category_holding_products_cannot_be_deleted()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        await CreateAsync(seller.Client, NewProduct(Tenant, category));

        (await Problem.ReadAsync(await api.AdminFor(Tenant).DeleteAsync($"/api/v1/categories/{category}"), HttpStatusCode.Conflict))
            .Code.ShouldBe("category.not_empty");
    }

    [Fact]
    public async Task Products_of_one_region_are_invisible_in_the_other()
    {
        var seller = await SellerAsync(api, "europe");
        var product = await PublishedAsync(seller.Client, NewProduct("europe", await CategoryAsync(api, "europe"), price: 39.90m));

        (await api.ClientFor("south-asia").GetAsync($"/api/v1/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientFor("south-asia").GetAsync($"/api/v1/products/{product.Id}/images/{product.Images[0].Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.AdminFor("south-asia").PatchJsonAsync($"/api/v1/products/{product.Id}", new { title = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM products WHERE id = @id", ("id", product.Id))).ShouldBe(0);
        (await TestDatabases.ScalarAsync<long>("europe", "SELECT count(*) FROM products WHERE id = @id", ("id", product.Id))).ShouldBe(1);
    }
}
