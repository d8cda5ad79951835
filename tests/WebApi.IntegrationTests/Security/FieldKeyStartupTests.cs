using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CustomiseYou.WebApi.IntegrationTests.Security;

/// <summary>Outside Development the application does not start without each region's own keys.</summary>
[Collection(ApiCollection.Name)]
public sealed class FieldKeyStartupTests(ApiFactory api)
{
    [Fact]
    public async Task A_region_without_keys_stops_the_host_at_start_up_naming_the_settings()
    {
        await using var host = Host(b => b.UseSetting("Tenants:europe:Encryption:ActiveKeyId", ""));

        var error = Should.Throw<InvalidOperationException>(() => host.Services);

        error.Message.ShouldContain("'Tenants:europe:Encryption'");
        error.Message.ShouldContain("BlindIndexKey");
    }

    [Fact]
    public async Task The_published_development_keys_are_refused_outside_development()
    {
        await using var host = Host(b =>
        {
            b.UseSetting("Tenants:south-asia:Encryption:Keys:dev-1", Convert.ToBase64String(TestFieldKeys.Key("south-asia", "dev-1")));
            b.UseSetting("Tenants:south-asia:Encryption:ActiveKeyId", "dev-1");
        });

        Should.Throw<InvalidOperationException>(() => host.Services).Message.ShouldContain("published development encryption keys");
    }

    private WebApplicationFactory<Program> Host(Action<IWebHostBuilder> change) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        ApiFactory.Configure(builder, api.Providers);
        builder.UseSetting("Jobs:Store", "Memory"); // never joins the test cluster, even for a moment
        change(builder);
    });
}
