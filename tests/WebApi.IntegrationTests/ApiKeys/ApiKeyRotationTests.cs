using System.Net;
using System.Net.Http.Json;
using CustomiseYou.Application.ApiKeys.Common;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static CustomiseYou.WebApi.IntegrationTests.Products.CatalogTestData;

namespace CustomiseYou.WebApi.IntegrationTests.ApiKeys;

/// <summary>
/// Rotation gives a key a new secret while the old one keeps working until the overlap ends. Time is moved with the
/// host's clock (<see cref="TimeProvider"/>), on a host of its own so no other test sees it jump.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiKeyRotationTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task The_old_secret_works_during_the_overlap_and_not_after_it()
    {
        var clock = new AdjustableClock();
        await using var host = api.WithWebHostBuilder(
            builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var shop = await SellerAsync(api, Tenant, sellerRole: true);
        var admin = Client(host, api.AdminFor(Tenant));
        var created = await admin.CreateKeyAsync("Secret", [ApiScopes.OrdersRead], shop.SellerId);
        var oldKey = Client(host, ApiKeyTestKit.WithSecretKey(api.ClientFor(Tenant), created.Key));
        (await oldKey.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rotated = await (await admin.PostAsJsonAsync($"/api/v1/admin/api-keys/{created.ApiKey.Id}/rotate", new { overlapMinutes = 60 }))
            .ReadAsync<IssuedApiKeyDto>(HttpStatusCode.OK);
        rotated.Key.ShouldNotBe(created.Key);
        rotated.ApiKey.PublicId.ShouldBe(created.ApiKey.PublicId);
        rotated.ApiKey.PreviousSecretValidUntil.ShouldNotBeNull();
        var newKey = Client(host, ApiKeyTestKit.WithSecretKey(api.ClientFor(Tenant), rotated.Key));
        (await oldKey.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newKey.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromMinutes(59));
        (await oldKey.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromMinutes(2));
        (await Problem.ReadAsync(await oldKey.GetAsync("/api/v1/seller/orders"), HttpStatusCode.Unauthorized)).Code.ShouldBe("api_key.invalid");
        (await newKey.GetAsync("/api/v1/seller/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_rotation_without_overlap_ends_the_old_secret_at_once()
    {
        var admin = api.AdminFor(Tenant);
        var created = await admin.CreateKeyAsync("Publishable");
        var rotated = await (await admin.PostAsJsonAsync($"/api/v1/admin/api-keys/{created.ApiKey.Id}/rotate", new { overlapMinutes = 0 }))
            .ReadAsync<IssuedApiKeyDto>(HttpStatusCode.OK);

        (await api.WithPublishableKey(Tenant, created.Key).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.WithPublishableKey(Tenant, rotated.Key).GetAsync("/api/v1/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/admin/api-keys/{created.ApiKey.Id}/rotate", new { overlapMinutes = 50_000 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>A client of <paramref name="host"/> with the headers of <paramref name="template"/>.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> host, HttpClient template)
    {
        var client = host.CreateClient();
        foreach (var header in template.DefaultRequestHeaders)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        }

        return client;
    }

    private sealed class AdjustableClock : TimeProvider
    {
        private long _offsetTicks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
