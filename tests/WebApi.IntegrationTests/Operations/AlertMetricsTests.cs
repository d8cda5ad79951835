using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Jobs;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Operations;

/// <summary>
/// Every metric deploy/prometheus/alerts.yml alerts on is one the API really exports: a fresh host on a real socket
/// does real work (requests, a committed domain event, a dispatcher job run through the job recorder), then its
/// <c>/metrics</c> is scraped and each rule's metric names are looked up. A fresh host, because disposing any other
/// host in this process stops meters of the same name (open-telemetry/opentelemetry-dotnet#6412).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class AlertMetricsTests(ApiFactory api)
{
    private const string Tenant = "europe";

    /// <summary>Written by Prometheus itself, or only when a delivery is attempted (the shared test database's dispatcher races for those).</summary>
    private static readonly HashSet<string> NotFromThisScrape = ["up", "customiseyou_notification_deliveries_total"];

    [Fact]
    public async Task Every_metric_an_alert_rule_uses_is_exported_after_real_work()
    {
        await using var node = new KestrelNode(api.Providers);
        using var http = new HttpClient { BaseAddress = new Uri(node.BaseAddress) };
        (await http.SendAsync(Region(HttpMethod.Get, "/api/v1/tenant"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RegisterAsync(http);
        await RunDispatcherAsync(node);

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.ManagementToken);
        var exported = await (await http.SendAsync(scrape)).Content.ReadAsStringAsync();

        var used = MetricName().Matches(File.ReadAllText(ServedDocument.RepositoryPath("deploy", "prometheus", "alerts.yml")))
            .Select(m => m.Value).Where(name => !NotFromThisScrape.Contains(name)).ToHashSet();
        used.ShouldContain("customiseyou_domain_events_total");
        var missing = used.Where(name => !Regex.IsMatch(exported, $"^{name}(_bucket|_count|_sum)?{{", RegexOptions.Multiline));
        missing.ShouldBeEmpty(string.Join("\n", exported.Split('\n').Where(line => line.StartsWith("# TYPE", StringComparison.Ordinal))));
        exported.ShouldContain("event=\"UserRegistered\"");
        exported.ShouldContain("job=\"dispatch-notifications\"");
        // The labels the rules group and filter by.
        exported.ShouldContain("http_route=\"/api/v1/tenant\"");
        exported.ShouldContain("http_response_status_code=\"200\"");
        exported.ShouldContain("db_client_connection_state=\"used\"");
    }

    private static async Task RegisterAsync(HttpClient http)
    {
        using var request = Region(HttpMethod.Post, "/api/v1/auth/register");
        request.Content = JsonContent.Create(new { email = $"metrics-{Guid.NewGuid():N}@test.example", password = "A-long-enough-passw0rd", fullName = "Metric Person" });
        var response = await http.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the scheduler does for a run (TenantCommandJob), on this node: start, the job's work, finish.</summary>
    private static async Task RunDispatcherAsync(KestrelNode node)
    {
        var tenant = node.Services.GetRequiredService<ITenantStore>().Find(Tenant)!;
        var runs = node.Services.GetRequiredService<JobRunRecorder>();
        var job = JobCatalog.Find("dispatch-notifications")!;
        var runId = await runs.StartAsync(tenant, job.Name, null, DateTimeOffset.UtcNow, "metrics-test", CancellationToken.None);
        var result = await job.Run(new TenantJobContext(node.Services.GetRequiredService<IServiceScopeFactory>(), tenant, runId), CancellationToken.None);
        await runs.FinishAsync(tenant, job.Name, runId, result.IsSuccess ? result.Value : null, result.Error?.Message, CancellationToken.None);
    }

    private static HttpRequestMessage Region(HttpMethod method, string path) => new(method, path) { Headers = { { "X-Tenant", Tenant } } };

    [GeneratedRegex(@"\b(?:customiseyou_[a-z_]+_total|http_server_request_duration_seconds|db_client_[a-z_]+|up)\b(?!=)")]
    private static partial Regex MetricName();
}
