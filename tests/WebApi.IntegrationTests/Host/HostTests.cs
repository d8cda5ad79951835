using System.Net;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.WebApi.IntegrationTests.Host;

[Collection(ApiCollection.Name)]
public sealed class HostTests(ApiFactory api)
{
    private readonly HttpClient _client = api.ClientFor(null);

    [Fact]
    public async Task Quick_successful_requests_are_logged_at_debug_and_refused_ones_at_information()
    {
        (await _client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var missing = Guid.NewGuid();
        (await api.ClientFor("europe").GetAsync($"/api/v1/products/{missing}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var lines = api.RequestLog.Lines;
        var live = lines.Where(line => line.Message.StartsWith("HTTP GET /health/live responded 200", StringComparison.Ordinal)).ToList();
        live.ShouldContain(line => line.Level == LogLevel.Debug);
        // A quick one is never at Information; a slow one (RequestLoggingMiddleware.SlowRequest, 500 ms) would be.
        live.ShouldAllBe(line => line.Level == LogLevel.Debug || ElapsedMs(line.Message) >= 500);
        lines.ShouldContain(line => line.Level == LogLevel.Information
            && line.Message.StartsWith("HTTP GET /api/v1/products/{id:guid} responded 404", StringComparison.Ordinal)
            && line.Message.EndsWith("(tenant europe)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_pings_every_tenant_database()
    {
        var body = await (await api.OperatorClient().GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        body.GetProperty("status").GetString().ShouldBe("Healthy");
        var data = body.GetProperty("checks").GetProperty("tenant-databases").GetProperty("data");
        data.GetProperty("europe").GetString().ShouldBe("reachable");
        data.GetProperty("south-asia").GetString().ShouldBe("reachable");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var body = await (await _client.GetAsync("/openapi/v1.json")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/categories");
        paths.ShouldContain("/api/v1/categories/{id}");
        paths.ShouldContain("/api/v1/tenant");
    }

    [Fact]
    public async Task Scalar_reference_ui_is_served()
    {
        var response = await _client.GetAsync("/scalar/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Scalar API Reference");
    }

    [Fact]
    public async Task Metrics_are_exposed_in_prometheus_format()
    {
        var response = await api.OperatorClient().GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Prometheus text format. The request metrics are not asserted: this process hosts many APIs, and disposing any
        // of them disposes its "Microsoft.AspNetCore.Hosting" meter, which stops every meter of that name in
        // OpenTelemetry (open-telemetry/opentelemetry-dotnet#6412); a deployed process hosts one API.
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("# TYPE target_info gauge");
        body.ShouldContain("telemetry_sdk_name=\"opentelemetry\"");
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_leaks_nothing()
    {
        var problem = await Problem.ReadAsync(await _client.GetAsync(FaultyEndpointStartupFilter.Path), HttpStatusCode.InternalServerError);

        problem.Code.ShouldBe("internal");
        problem.Raw.ShouldNotContain(FaultyEndpointStartupFilter.SecretInMessage);
        problem.Raw.ShouldNotContain("InvalidOperationException");
        problem.Raw.ShouldNotContain(" at ");
    }

    [Fact]
    public async Task Unknown_routes_are_404_problems()
    {
        var response = await _client.GetAsync("/api/v1/nowhere");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    private static double ElapsedMs(string requestLine) =>
        double.Parse(requestLine.Split(" in ")[1].Split(" ms")[0], System.Globalization.CultureInfo.InvariantCulture);
}
