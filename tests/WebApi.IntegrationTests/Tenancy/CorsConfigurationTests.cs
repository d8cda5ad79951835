using CustomiseYou.Infrastructure.Tenancy;
using CustomiseYou.WebApi.Tenancy;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.WebApi.IntegrationTests.Tenancy;

/// <summary>A region's CORS allow-list holds exact origins, as browsers send them; anything else stops the start-up.</summary>
public sealed class CorsConfigurationTests
{
    [Theory]
    [InlineData("https://shop.example/")]
    [InlineData("https://shop.example/store")]
    [InlineData("https://*.shop.example")]
    [InlineData("*")]
    [InlineData("shop.example")]
    [InlineData("HTTPS://Shop.example")]
    [InlineData("https://shop.example:443")]
    [InlineData("ftp://shop.example")]
    public void An_origin_that_is_not_exact_is_refused_at_start_up(string origin)
    {
        var failure = Should.Throw<InvalidOperationException>(() => Load(Configuration(origin)));

        failure.Message.ShouldContain("Tenants:europe");
        failure.Message.ShouldContain("CORS origin");
    }

    [Theory]
    [InlineData("https://shop.example")]
    [InlineData("http://localhost:5173")]
    public void Exact_origins_are_the_regions_allow_list(string origin)
    {
        var configuration = Configuration(origin);
        var tenants = ConfigurationTenantStore.Load(configuration);
        var regions = RegionalWebSettings.Load(configuration, tenants);

        regions.Of(tenants.Find("europe")!).Cors.Origins.ShouldBe([origin]);
        regions.Of(tenants.Find("south-asia")!).Cors.Origins.ShouldBeEmpty();
    }

    private static RegionalWebSettings Load(IConfiguration configuration) =>
        RegionalWebSettings.Load(configuration, ConfigurationTenantStore.Load(configuration));

    private static IConfiguration Configuration(string origin) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json")
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Tenants:europe:Cors:Origins:0"] = origin })
        .Build();
}
