using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.WebApi.IntegrationTests.Tenancy;

/// <summary>A region's deployment serves its own tenant only (deploy/k8s): the others' settings are not even loaded.</summary>
public sealed class ServedTenantsTests
{
    [Fact]
    public void A_deployment_naming_its_tenants_loads_only_those()
    {
        var store = ConfigurationTenantStore.Load(Configuration(("Deployment:Tenants:0", "europe")));

        store.All.Select(t => t.Id).ShouldBe(["europe"]);
        store.Find("south-asia").ShouldBeNull();
    }

    [Fact]
    public void Without_a_list_every_configured_tenant_is_served()
    {
        ConfigurationTenantStore.Load(Configuration()).All.Select(t => t.Id).ShouldBe(["south-asia", "europe"], ignoreOrder: true);
    }

    [Fact]
    public void A_served_tenant_that_is_not_configured_stops_the_start_up()
    {
        var failure = Should.Throw<InvalidOperationException>(() =>
            ConfigurationTenantStore.Load(Configuration(("Deployment:Tenants:0", "europe"), ("Deployment:Tenants:1", "north-america"))));

        failure.Message.ShouldContain("north-america");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json")
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        .Build();
}
