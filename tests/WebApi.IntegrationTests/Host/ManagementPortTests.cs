using System.Net;
using System.Text.Json;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CustomiseYou.WebApi.IntegrationTests.Host;

/// <summary>
/// The API on real sockets (Kestrel) in Development, with a separate management port and no management token: the
/// public port has no metrics and no readiness details, the management port has both; Kestrel sends no Server header,
/// and Development sends no HSTS.
/// </summary>
public sealed class ManagementPortTests : IAsyncLifetime
{
    private readonly int _publicPort = LoopbackPorts.Free();
    private readonly int _managementPort = LoopbackPorts.Free();
    private readonly EmbeddedSqliteHost _host;

    public ManagementPortTests() => _host = new EmbeddedSqliteHost(
        "management-port",
        builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Management:Token", "");
            builder.UseSetting("Management:Port", _managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        },
        kestrel: options =>
        {
            options.Listen(IPAddress.Loopback, _publicPort);
            options.Listen(IPAddress.Loopback, _managementPort);
        });

    public Task InitializeAsync() => _host.MigrateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_public_port_has_probes_but_no_metrics_or_details()
    {
        using var client = On(_publicPort);

        var live = await client.GetAsync("/health/live");
        var ready = await (await client.GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var metrics = await client.GetAsync("/metrics");
        // The Host header is the client's to choose; only the port the connection arrived on counts.
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = $"127.0.0.1:{_managementPort}" } };
        var spoofedMetrics = await client.SendAsync(spoofed);

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        live.Headers.Contains("Server").ShouldBeFalse();
        live.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("no HSTS in Development");
        live.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        ready.EnumerateObject().Select(p => p.Name).ShouldBe(["status"]);
        (await Problem.ReadAsync(metrics, HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        spoofedMetrics.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_management_port_serves_metrics_and_readiness_details()
    {
        using var client = On(_managementPort);

        var metrics = await client.GetAsync("/metrics");
        var ready = await (await client.GetAsync("/health/ready")).ReadAsync<JsonElement>(HttpStatusCode.OK);

        metrics.StatusCode.ShouldBe(HttpStatusCode.OK);
        metrics.Headers.Contains("Server").ShouldBeFalse();
        (await metrics.Content.ReadAsStringAsync()).ShouldContain("# TYPE");
        ready.GetProperty("checks").GetProperty("tenant-databases").GetProperty("data").GetProperty("europe").GetString().ShouldBe("reachable");
    }

    private static HttpClient On(int port) => new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
}
