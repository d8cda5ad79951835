using System.Net;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class TenantResolutionTests(ApiFactory api)
{
    [Theory]
    [InlineData("south-asia", "INR", "Asia/Kolkata", "Razorpay", "DPDP", "hi-IN")]
    [InlineData("europe", "EUR", "Europe/Berlin", "Stripe", "GDPR", "de")]
    public async Task Header_names_the_region_and_its_settings(
        string tenant, string currency, string timeZone, string provider, string regime, string locale)
    {
        var response = await api.ClientFor(tenant).GetAsync("/api/v1/tenant");

        var body = await response.ReadAsync<JsonElement>(HttpStatusCode.OK);
        body.GetProperty("id").GetString().ShouldBe(tenant);
        body.GetProperty("currency").GetString().ShouldBe(currency);
        body.GetProperty("timeZone").GetString().ShouldBe(timeZone);
        body.GetProperty("paymentProvider").GetString().ShouldBe(provider);
        body.GetProperty("privacyRegime").GetString().ShouldBe(regime);
        body.GetProperty("locales").EnumerateArray().Select(l => l.GetString()).ShouldContain(locale);
        body.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Host_name_resolves_the_region_and_wins_over_the_header()
    {
        var client = api.ClientFor("south-asia");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tenant");
        request.Headers.Host = "eu.customiseyou.example";

        var body = await (await client.SendAsync(request)).ReadAsync<JsonElement>(HttpStatusCode.OK);

        body.GetProperty("id").GetString().ShouldBe("europe");
    }

    [Fact]
    public async Task Missing_tenant_on_a_tenant_route_is_400()
    {
        var problem = await Problem.ReadAsync(await api.ClientFor(null).GetAsync("/api/v1/tenant"), HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("tenant.missing");
        problem.Errors.Keys.ShouldContain("X-Tenant");
    }

    [Fact]
    public async Task Unknown_tenant_is_404()
    {
        var problem = await Problem.ReadAsync(await api.ClientFor("atlantis").GetAsync("/api/v1/categories"), HttpStatusCode.NotFound);

        problem.Code.ShouldBe("tenant.unknown");
        problem.Detail!.ShouldContain("atlantis");
    }

    [Fact]
    public async Task Global_routes_need_no_tenant()
    {
        var response = await api.ClientFor(null).GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
