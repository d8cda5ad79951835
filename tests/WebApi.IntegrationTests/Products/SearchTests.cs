using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.Products.SearchProducts;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.Products;

/// <summary>Each test searches within its own seller, so products made by other tests never interfere.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task Title_matches_rank_above_description_matches_and_typos_still_find()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var inDescription = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Brass door sign", description: "Mounted on a walnut backing board"));
        var inTitle = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Walnut family nameplate", description: "Laser engraved"));
        await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Ceramic mug", description: "Dishwasher safe"));

        var exact = await SearchAsync($"q=walnut&sellerId={seller.SellerId}");
        exact.Items.Select(i => i.Id).ShouldBe([inTitle.Id, inDescription.Id]);

        var typo = await SearchAsync($"q=walnutt&sellerId={seller.SellerId}");
        typo.Items.Select(i => i.Id).ShouldContain(inTitle.Id);
        var stemmed = await SearchAsync($"q=nameplates&sellerId={seller.SellerId}");
        stemmed.Items.Select(i => i.Id).ShouldBe([inTitle.Id]);
    }

    [Fact]
    public async Task Drafts_and_archived_products_are_not_found()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        await CreateAsync(seller.Client, NewProduct(Tenant, category, "Hidden draft lantern"));
        var archived = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Retired lantern"));
        await seller.Client.PostAsync($"/api/v1/products/{archived.Id}/archive", null);

        (await SearchAsync($"q=lantern&sellerId={seller.SellerId}")).Items.ShouldBeEmpty();
        (await SearchAsync($"sellerId={seller.SellerId}")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Filters_narrow_by_category_tree_price_customizable_and_rating()
    {
        var seller = await SellerAsync(api, Tenant);
        var parent = await CategoryAsync(api, Tenant);
        var child = await CategoryAsync(api, Tenant, parent);
        var elsewhere = await CategoryAsync(api, Tenant);
        var cheapInChild = await PublishedAsync(seller.Client, NewProduct(Tenant, child, "Cheap coaster", price: 199m));
        var pricyInParent = await PublishedAsync(seller.Client, NewProduct(Tenant, parent, "Premium tray", price: 4999m));
        var other = await PublishedAsync(seller.Client, NewProduct(Tenant, elsewhere, "Wall clock", price: 2999m));
        await TestDatabases.ScalarAsync<object>(Tenant, "UPDATE products SET customizable = true, rating_average = 4.6 WHERE id = @id", ("id", other.Id));

        (await SearchAsync($"sellerId={seller.SellerId}&categoryId={parent}"))
            .Items.Select(i => i.Id).ShouldBe([cheapInChild.Id, pricyInParent.Id], ignoreOrder: true);
        (await SearchAsync($"sellerId={seller.SellerId}&minPrice=1000&maxPrice=3000")).Items.Select(i => i.Id).ShouldBe([other.Id]);
        (await SearchAsync($"sellerId={seller.SellerId}&customizable=true")).Items.Select(i => i.Id).ShouldBe([other.Id]);
        (await SearchAsync($"sellerId={seller.SellerId}&minRating=4.5")).Items.Select(i => i.Id).ShouldBe([other.Id]);
    }

    [Fact]
    public async Task Sorts_order_by_price_and_newest()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var a = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Item A", price: 300m));
        var b = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Item B", price: 100m));
        var c = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Item C", price: 200m));

        (await SearchAsync($"sellerId={seller.SellerId}&sort=price_asc")).Items.Select(i => i.Id).ShouldBe([b.Id, c.Id, a.Id]);
        (await SearchAsync($"sellerId={seller.SellerId}&sort=price_desc")).Items.Select(i => i.Id).ShouldBe([a.Id, c.Id, b.Id]);
        (await SearchAsync($"sellerId={seller.SellerId}&sort=newest")).Items.Select(i => i.Id).ShouldBe([c.Id, b.Id, a.Id]);
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("price_asc")]
    [InlineData("price_desc")]
    [InlineData("relevance")]
    public async Task Cursor_pages_cover_every_match_once_in_order(string sort)
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var expected = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            // Equal prices in pairs, so ties must be broken by id without gaps or repeats.
            expected.Add((await PublishedAsync(seller.Client, NewProduct(Tenant, category, $"Carved box {i}", price: 100m + (i / 2)))).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync($"q=carved&sellerId={seller.SellerId}&sort={sort}&limit=4" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        pages.ShouldBe(3);
        seen.Count.ShouldBe(11);
        seen.ShouldBeUnique();
        seen.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task Facets_add_up_to_the_total()
    {
        var seller = await SellerAsync(api, Tenant);
        var first = await CategoryAsync(api, Tenant);
        var second = await CategoryAsync(api, Tenant);
        foreach (var (category, price) in new[] { (first, 99m), (first, 750m), (second, 1200m), (second, 20000m), (second, 1300m) })
        {
            await PublishedAsync(seller.Client, NewProduct(Tenant, category, price: price));
        }

        var result = await SearchAsync($"sellerId={seller.SellerId}&limit=2");

        result.Total.ShouldBe(5);
        result.TotalIsEstimate.ShouldBeFalse();
        result.Items.Count.ShouldBe(2);
        result.Facets.Categories.Select(c => (c.Id, c.Count)).ShouldBe([(second, 3L), (first, 2L)]);
        result.Facets.Categories.Sum(c => c.Count).ShouldBe(5);
        result.Facets.PriceBuckets.Sum(b => b.Count).ShouldBe(5);
        result.Facets.PriceBuckets.Single(b => b.Min == 1000m).Count.ShouldBe(2);
        result.Facets.PriceBuckets.Single(b => b.Max is null).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_search_parameters_are_400()
    {
        var client = api.ClientFor(Tenant);

        (await Problem.ReadAsync(await client.GetAsync("/api/v1/products?limit=0"), HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["limit"]);
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/products?sort=cheapest"), HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["sort"]);
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/products?minPrice=50&maxPrice=10"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["maxPrice"]);
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/products?cursor=not-a-cursor"), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["cursor"]);
        (await Problem.ReadAsync(await client.GetAsync("/api/v1/products?minPrice=abc"), HttpStatusCode.BadRequest)).Status.ShouldBe(400);
    }

    [Fact]
    public async Task Search_never_crosses_regions()
    {
        var seller = await SellerAsync(api, "europe");
        await PublishedAsync(seller.Client, NewProduct("europe", await CategoryAsync(api, "europe"), "Zirbenholz Schild", price: 45m));

        (await SearchAsync($"q=zirbenholz")).Items.ShouldBeEmpty();
        (await SearchAsync($"sellerId={seller.SellerId}")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_word_matching_more_than_the_window_is_ranked_counted_and_faceted_over_its_newest_matches()
    {
        var seller = await SellerAsync(api, Tenant);
        var category = await CategoryAsync(api, Tenant);
        var newest = await PublishedAsync(seller.Client, NewProduct(Tenant, category, "Plain keepsake box", description: "Holds a zephyrine token"));
        // Copies published a minute apart before it: the window (PostgresProductSearch.FacetSampleSize) is the product and
        // its 9,999 newest copies.
        const int window = 10_000;
        await CopyAsync(newest.Id, copies: window + 10);
        var titleMatchInWindow = await TitleMatchAsync(newest.Id, copy: window - 1);
        var titleMatchOutside = await TitleMatchAsync(newest.Id, copy: window + 5);

        var page = await SearchAsync($"q=zephyrine&sellerId={seller.SellerId}&limit=5");

        page.Total.ShouldBe(window);
        page.TotalIsEstimate.ShouldBeTrue();
        page.Facets.Categories.ShouldHaveSingleItem().Count.ShouldBe(window);
        page.Items[0].Id.ShouldBe(titleMatchInWindow);
        page.Items.Select(i => i.Id).ShouldNotContain(titleMatchOutside);
        (await SearchAsync($"q=zephyrine&sellerId={seller.SellerId}&sort=price_asc&limit=100")).Total.ShouldBe(window);
    }

    /// <summary>Copies a published product in SQL, copy n published n minutes before it (10,000 through the API would take minutes).</summary>
    private static async Task CopyAsync(Guid productId, int copies)
    {
        var columns = await TestDatabases.ScalarAsync<string>(Tenant,
            "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'products' AND is_generated = 'NEVER'");
        var values = string.Join(", ", columns!.Split(", ").Select(column => column switch
        {
            "id" or "row_version" => "gen_random_uuid()",
            "sku" => "p.sku || '-' || g",
            "published_at" => "p.published_at - g * interval '1 minute'",
            _ => "p." + column,
        }));
        await TestDatabases.ScalarAsync<object>(Tenant,
            $"INSERT INTO products ({columns}) SELECT {values} FROM products p CROSS JOIN generate_series(1, @copies) g WHERE p.id = @id",
            ("copies", copies), ("id", productId));
    }

    /// <summary>Puts the word in one copy's title, the strongest match there is.</summary>
    private static async Task<Guid> TitleMatchAsync(Guid productId, int copy) =>
        await TestDatabases.ScalarAsync<Guid>(Tenant,
            "UPDATE products c SET title = 'Zephyrine keepsake box' FROM products p WHERE p.id = @id AND c.seller_id = p.seller_id AND c.sku = p.sku || '-' || @copy RETURNING c.id",
            ("id", productId), ("copy", copy.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<ProductSearchPage> SearchAsync(string query) =>
        await (await api.ClientFor(Tenant).GetAsync($"/api/v1/products?{query}")).ReadAsync<ProductSearchPage>(HttpStatusCode.OK);
}
