using CustomiseYou.WebApi.Infrastructure;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Host;

/// <summary>The container's HEALTHCHECK command (<c>dotnet CustomiseYou.WebApi.dll healthcheck</c>) against a real socket.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthProbeTests(ApiFactory api)
{
    [Fact]
    public async Task The_probe_succeeds_against_a_live_host_and_fails_where_nothing_listens()
    {
        await using var host = new KestrelNode(api.Providers);
        var live = new Uri(new Uri(host.BaseAddress), "/health/live").ToString();

        (await HealthProbe.RunAsync([HealthProbe.Command, live], TimeSpan.FromSeconds(10))).ShouldBe(0);
        (await HealthProbe.RunAsync([HealthProbe.Command, new Uri(new Uri(host.BaseAddress), "/no-such-path").ToString()],
            TimeSpan.FromSeconds(10))).ShouldBe(1);
        (await HealthProbe.RunAsync([HealthProbe.Command, "http://127.0.0.1:9/health/live"], TimeSpan.FromSeconds(10))).ShouldBe(1);
    }
}
