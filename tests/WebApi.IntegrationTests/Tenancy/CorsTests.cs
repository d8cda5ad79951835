using System.Net;
using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Tenancy;

/// <summary>
/// CORS per region (ADR 0021), with real preflights: each region allows its own storefront's origin
/// (<see cref="ApiFactory.StorefrontOrigin"/>); a region's host answers for its own origins only; on a shared host the
/// preflight is answered for any region's origin and the actual request is refused unless its own region allows it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CorsTests(ApiFactory api)
{
    private const string EuropeHost = "http://eu.customiseyou.example";
    private const string SouthAsiaHost = "http://in.customiseyou.example";
    private static readonly string EuropeShop = ApiFactory.StorefrontOrigin("europe");
    private static readonly string SouthAsiaShop = ApiFactory.StorefrontOrigin("south-asia");

    [Fact]
    public async Task A_regions_host_answers_a_preflight_from_its_storefront_with_what_the_api_needs()
    {
        var response = await PreflightAsync($"{EuropeHost}/api/v1/me", EuropeShop, "PATCH");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Header(response, "Access-Control-Allow-Origin").ShouldBe(EuropeShop);
        Values(response, "Access-Control-Allow-Methods").ShouldContain("PATCH");
        var allowedHeaders = Values(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).ToList();
        new[] { "authorization", "content-type", "idempotency-key", "x-tenant", "x-api-key" }.ShouldAllBe(h => allowedHeaders.Contains(h));
        Header(response, "Access-Control-Max-Age").ShouldBe("600");
        Header(response, "Access-Control-Allow-Credentials").ShouldBeNull("bearer tokens, no cookies: credentials are never allowed");
        Values(response, "Vary").ShouldContain("Origin");
    }

    [Fact]
    public async Task A_regions_host_refuses_another_regions_storefront_and_unknown_origins()
    {
        var otherRegion = await PreflightAsync($"{EuropeHost}/api/v1/me", SouthAsiaShop, "PATCH");
        var unknown = await PreflightAsync($"{SouthAsiaHost}/api/v1/products", "https://evil.example", "GET");
        var ownRegion = await PreflightAsync($"{SouthAsiaHost}/api/v1/products", SouthAsiaShop, "GET");

        NoCorsHeaders(otherRegion);
        NoCorsHeaders(unknown);
        Header(ownRegion, "Access-Control-Allow-Origin").ShouldBe(SouthAsiaShop);
    }

    [Fact]
    public async Task On_a_shared_host_the_actual_request_is_refused_unless_its_own_region_allows_the_origin()
    {
        // The preflight names no region (browsers send no X-Tenant value on it): an origin any region allows passes it.
        var preflight = await PreflightAsync("/api/v1/tenant", SouthAsiaShop, "GET");
        var unknownPreflight = await PreflightAsync("/api/v1/tenant", "https://evil.example", "GET");
        var intoEurope = await SendAsync(HttpMethod.Get, "/api/v1/tenant", SouthAsiaShop, "europe");
        var intoSouthAsia = await SendAsync(HttpMethod.Get, "/api/v1/tenant", SouthAsiaShop, "south-asia");

        Header(preflight, "Access-Control-Allow-Origin").ShouldBe(SouthAsiaShop);
        NoCorsHeaders(unknownPreflight);
        (await Problem.ReadAsync(intoEurope, HttpStatusCode.Forbidden)).Code.ShouldBe("cors.origin_not_allowed");
        NoCorsHeaders(intoEurope);
        intoSouthAsia.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(intoSouthAsia, "Access-Control-Allow-Origin").ShouldBe(SouthAsiaShop);
        Values(intoSouthAsia, "Vary").ShouldContain("Origin");
        Values(intoSouthAsia, "Access-Control-Expose-Headers").ShouldBe(RegionalCors.ExposedHeaders, ignoreOrder: true);
    }

    [Fact]
    public async Task An_actual_request_on_a_regions_host_from_another_regions_storefront_runs_nothing()
    {
        var customer = api.ClientAs("europe", "customer");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{EuropeHost}/api/v1/me") { Headers = { { "Origin", SouthAsiaShop } } };

        var response = await customer.SendAsync(request);

        (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code.ShouldBe("cors.origin_not_allowed");
        NoCorsHeaders(response);
    }

    [Fact]
    public async Task Callers_without_an_origin_and_pages_of_the_api_itself_are_not_cors_requests()
    {
        var server = await SendAsync(HttpMethod.Get, "/api/v1/tenant", origin: null, "europe");
        var sameOrigin = await SendAsync(HttpMethod.Get, "/api/v1/tenant", "http://localhost", "europe");

        server.StatusCode.ShouldBe(HttpStatusCode.OK);
        NoCorsHeaders(server);
        Values(server, "Vary").ShouldContain("Origin", "a cache must not hand this answer to a page of an allowed origin");
        sameOrigin.StatusCode.ShouldBe(HttpStatusCode.OK);
        NoCorsHeaders(sameOrigin);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string url, string origin, string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, url)
        {
            Headers =
            {
                { "Origin", origin },
                { "Access-Control-Request-Method", method },
                { "Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-tenant,x-api-key" },
            },
        };
        return await api.ClientFor(null).SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? origin, string tenant)
    {
        using var request = new HttpRequestMessage(method, url);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await api.ClientFor(tenant).SendAsync(request);
    }

    private static void NoCorsHeaders(HttpResponseMessage response) =>
        response.Headers.Select(h => h.Key).Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static string[] Values(HttpResponseMessage response, string name) =>
        Header(response, name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
