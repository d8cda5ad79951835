using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Products.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.ApiKeys;

/// <summary>
/// Publishable keys reach the public catalog and quotes only; secret keys act for their shop or admin within their
/// scopes; keys are shown once, stored hashed, revoked at once, limited per key and valid in their own region only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiKeyTests(ApiFactory api)
{
    private const string Tenant = "europe";

    [Fact]
    public async Task A_key_is_shown_once_at_creation_and_neither_the_list_nor_the_row_holds_its_secret()
    {
        var admin = api.AdminFor(Tenant);
        var issued = await admin.CreateKeyAsync("Secret", [ApiScopes.PayoutsRead, ApiScopes.OrdersRead]);
        await admin.CreateKeyAsync("Publishable");

        issued.Key.ShouldStartWith($"sk_live_{issued.ApiKey.PublicId}_");
        issued.Key.Length.ShouldBeGreaterThan(50);
        issued.ApiKey.Hint.ShouldBe($"sk_live_{issued.ApiKey.PublicId}_…");
        issued.ApiKey.Scopes.ShouldBe(["orders:read", "payouts:read"]);
        var secret = issued.Key[$"sk_live_{issued.ApiKey.PublicId}_".Length..];

        var listed = (await admin.ListAllAsync()).Single(k => k.Id == issued.ApiKey.Id);
        listed.PublicId.ShouldBe(issued.ApiKey.PublicId);
        var firstPage = await (await admin.GetAsync("/api/v1/admin/api-keys?limit=1")).ReadAsync<ApiKeyPage>(HttpStatusCode.OK);
        firstPage.Items.Count.ShouldBe(1);
        firstPage.NextCursor.ShouldNotBeNull();
        (await (await admin.GetAsync("/api/v1/admin/api-keys")).Content.ReadAsStringAsync()).ShouldNotContain(secret);
        (await (await admin.GetAsync($"/api/v1/admin/api-keys/{issued.ApiKey.Id}")).Content.ReadAsStringAsync()).ShouldNotContain(secret);

        var row = await TestDatabases.ScalarAsync<string>(
            Tenant, "SELECT row_to_json(k)::text FROM api_keys k WHERE id = @id", ("id", issued.ApiKey.Id));
        row.ShouldNotBeNull();
        row.ShouldNotContain(secret);
        (await TestDatabases.ScalarAsync<byte[]>(Tenant, "SELECT secret_hash FROM api_keys WHERE id = @id", ("id", issued.ApiKey.Id)))
            .ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Key)));
        (await TestDatabases.ScalarAsync<long>(Tenant, "SELECT count(*) FROM privacy_audit_log WHERE action = 'ApiKeyCreated' AND target_id = @id",
            ("id", issued.ApiKey.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_key_definitions_are_400_and_only_admins_manage_keys()
    {
        var admin = api.AdminFor(Tenant);
        var noScopes = await Problem.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "x", kind = "Secret" }), HttpStatusCode.BadRequest);
        noScopes.Errors.ShouldContainKey("scopes");
        var unknown = await Problem.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "x", kind = "Secret", scopes = new[] { "everything" } }),
            HttpStatusCode.BadRequest);
        unknown.Errors.Keys.ShouldContain(k => k.StartsWith("scopes", StringComparison.Ordinal));
        (await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "x", kind = "Publishable", scopes = new[] { "orders:read" } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unknownShop = new { name = "x", kind = "Secret", scopes = new[] { "orders:read" }, sellerId = Guid.NewGuid() };
        (await admin.PostAsJsonAsync("/api/v1/admin/api-keys", unknownShop))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.ClientAs(Tenant, "seller").GetAsync("/api/v1/admin/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.ClientFor(Tenant).GetAsync("/api/v1/admin/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_publishable_key_reads_the_catalog_and_quotes_but_cannot_act_for_anyone_or_write()
    {
        var seller = await SellerAsync(api, Tenant);
        var product = await PublishedAsync(seller.Client, NewProduct(Tenant, await CategoryAsync(api, Tenant)));
        (await seller.Client.PutAsJsonAsync($"/api/v1/products/{product.Id}/customization", SizeOption())).StatusCode.ShouldBe(HttpStatusCode.OK);
        var key = await api.AdminFor(Tenant).CreateKeyAsync("Publishable");
        key.Key.ShouldStartWith("pk_live_");
        var storefront = api.WithPublishableKey(Tenant, key.Key);

        (await storefront.GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await storefront.GetAsync($"/api/v1/products/{product.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await storefront.GetAsync("/api/v1/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var quote = new { quantity = 1, selections = new { size = "small" } };
        (await storefront.PostAsJsonAsync($"/api/v1/products/{product.Id}/customization/quote", quote))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var cart = await Problem.ReadAsync(
            await storefront.PostAsJsonAsync("/api/v1/cart/items", new { productId = product.Id, quantity = 1, selections = new { size = "small" } }),
            HttpStatusCode.Forbidden);
        cart.Code.ShouldBe("api_key.not_allowed");
        (await Problem.ReadAsync(await storefront.PostAsJsonAsync("/api/v1/products", NewProduct(Tenant, Guid.NewGuid())), HttpStatusCode.Forbidden))
            .Code.ShouldBe("api_key.not_allowed");
        (await storefront.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // With a signed-in customer's token the customer's rights apply; the key only names the storefront.
        var customer = api.ClientAs(Tenant, "customer");
        customer.DefaultRequestHeaders.Add("X-Api-Key", key.Key);
        (await customer.GetAsync("/api/v1/cart")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forged = key.Key[..^4] + (key.Key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        (await Problem.ReadAsync(await api.WithPublishableKey(Tenant, forged).GetAsync("/api/v1/products"), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("api_key.invalid");
        var secret = await api.AdminFor(Tenant).CreateKeyAsync("Secret", [ApiScopes.OrdersRead]);
        (await api.WithPublishableKey(Tenant, secret.Key).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_secret_key_acts_for_its_shop_within_its_scopes_and_every_use_is_attributed()
    {
        var shop = await SellerAsync(api, Tenant, sellerRole: true);
        var category = await CategoryAsync(api, Tenant);
        var admin = api.AdminFor(Tenant);
        var writer = await admin.CreateKeyAsync("Secret", [ApiScopes.ProductsWrite], shop.SellerId);
        var reader = await admin.CreateKeyAsync("Secret", [ApiScopes.OrdersRead], shop.SellerId);
        writer.ApiKey.OwnerUserId.ShouldBe(shop.UserId);

        var created = await (await api.WithSecretKey(Tenant, writer.Key).PostAsJsonAsync("/api/v1/products", NewProduct(Tenant, category)))
            .ReadAsync<ProductDto>(HttpStatusCode.Created);
        created.SellerId.ShouldBe(shop.SellerId);

        var refused = await Problem.ReadAsync(
            await api.WithSecretKey(Tenant, reader.Key).PostAsJsonAsync("/api/v1/products", NewProduct(Tenant, category)), HttpStatusCode.Forbidden);
        refused.Code.ShouldBe("api_key.scope_missing");
        (await api.WithSecretKey(Tenant, reader.Key).GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // No key opens what its scopes do not name: not the owner's profile, not key management.
        (await api.WithSecretKey(Tenant, writer.Key).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.WithSecretKey(Tenant, writer.Key).GetAsync("/api/v1/admin/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await TestDatabases.ScalarAsync<string>(Tenant,
                "SELECT detail FROM privacy_audit_log WHERE action = 'ApiKeyUsed' AND target_id = @id "
                + "AND actor_user_id = @user AND actor_role = 'ApiKey'",
                ("id", writer.ApiKey.Id), ("user", shop.UserId)))
            .ShouldBe($"key={writer.ApiKey.PublicId} useCase=CreateProductCommand");
        api.RequestLog.Lines.ShouldContain(line => line.Message.Contains("/products") && line.Message.Contains($"API key {writer.ApiKey.PublicId}"));
        var used = await (await admin.GetAsync($"/api/v1/admin/api-keys/{writer.ApiKey.Id}")).ReadAsync<ApiKeyDto>(HttpStatusCode.OK);
        used.LastUsedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_platform_key_acts_for_the_admin_who_created_it()
    {
        var issued = await api.AdminFor(Tenant).CreateKeyAsync("Secret", [ApiScopes.PayoutsRead]);
        issued.ApiKey.SellerId.ShouldBeNull();

        (await api.WithSecretKey(Tenant, issued.Key).GetAsync("/api/v1/admin/payouts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.WithSecretKey(Tenant, issued.Key).GetAsync("/api/v1/admin/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_the_very_next_request_on_every_node()
    {
        var shop = await SellerAsync(api, Tenant, sellerRole: true);
        var admin = api.AdminFor(Tenant);
        var issued = await admin.CreateKeyAsync("Secret", [ApiScopes.OrdersRead], shop.SellerId);
        var here = api.WithSecretKey(Tenant, issued.Key);
        var there = ApiKeyTestKit.WithSecretKey(SecondNodeClient(), issued.Key);
        (await here.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await there.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoked = await (await admin.PostAsync($"/api/v1/admin/api-keys/{issued.ApiKey.Id}/revoke", null))
            .ReadAsync<ApiKeyDto>(HttpStatusCode.OK);
        revoked.RevokedAt.ShouldNotBeNull();

        (await Problem.ReadAsync(await here.GetAsync("/api/v1/seller/orders"), HttpStatusCode.Unauthorized)).Code.ShouldBe("api_key.invalid");
        (await here.GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The second node hears of it by PostgreSQL NOTIFY, a moment after the commit (as for sessions, RevocationTests).
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 100 && status == HttpStatusCode.OK; attempt++)
        {
            status = (await there.GetAsync("/api/v1/seller/orders")).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        status.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.PostAsync($"/api/v1/admin/api-keys/{issued.ApiKey.Id}/rotate", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_key_of_one_region_is_refused_in_the_other_and_not_listed_there()
    {
        var admin = api.AdminFor(Tenant);
        var secret = await admin.CreateKeyAsync("Secret", [ApiScopes.PayoutsRead]);
        var publishable = await admin.CreateKeyAsync("Publishable");

        (await api.WithSecretKey("south-asia", secret.Key).GetAsync("/api/v1/admin/payouts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.WithPublishableKey("south-asia", publishable.Key).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.WithPublishableKey(Tenant, publishable.Key).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var southAsia = await api.AdminFor("south-asia").ListAllAsync();
        southAsia.ShouldNotContain(k => k.Id == secret.ApiKey.Id || k.Id == publishable.ApiKey.Id);
        (await api.AdminFor("south-asia").GetAsync($"/api/v1/admin/api-keys/{secret.ApiKey.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabases.ScalarAsync<long>("south-asia", "SELECT count(*) FROM api_keys WHERE id = @id", ("id", secret.ApiKey.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Each_key_has_its_own_rate_limit()
    {
        var admin = api.AdminFor(Tenant);
        var limited = await admin.CreateKeyAsync("Publishable", rateLimitPerMinute: 3);
        var other = await admin.CreateKeyAsync("Publishable", rateLimitPerMinute: 3);
        var storefront = api.WithPublishableKey(Tenant, limited.Key);

        // A window may turn over once while this runs; 3 per window then admits at most 6 of 7.
        List<HttpResponseMessage> answers = [];
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await storefront.GetAsync("/api/v1/categories"));
        }

        var rejected = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        rejected.Headers.RetryAfter.ShouldNotBeNull();
        (await Problem.ReadAsync(rejected, HttpStatusCode.TooManyRequests)).Code.ShouldBe("rate_limited");
        (await api.WithPublishableKey(Tenant, other.Key).GetAsync("/api/v1/categories")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private HttpClient SecondNodeClient()
    {
        var client = api.SecondNode.CreateClient();
        client.DefaultRequestHeaders.Add("X-Tenant", Tenant);
        return client;
    }

    private static object SizeOption() => new
    {
        options = new object[]
        {
            new
            {
                key = "size", type = "choice", labels = new { en = "Size" }, required = true, displayOrder = 1,
                choices = new object[] { new { value = "small", labels = new { en = "Small" } } },
            },
        },
    };
}
