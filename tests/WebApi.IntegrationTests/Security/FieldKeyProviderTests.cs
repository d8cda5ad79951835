using CustomiseYou.Infrastructure.Security;
using CustomiseYou.Infrastructure.Tenancy;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CustomiseYou.WebApi.IntegrationTests.Security;

/// <summary>Keys come from each region's configuration; a region without them stops the application. No database.</summary>
public sealed class FieldKeyProviderTests
{
    [Fact]
    public void Each_region_reads_its_own_ring_from_its_encryption_section()
    {
        var provider = Provider(TestFieldKeys.Settings("europe", "test-2", "test-1", "test-2").Concat(TestFieldKeys.Settings("south-asia")));

        provider.For("europe").ActiveKeyId.ShouldBe("test-2");
        provider.For("europe").KeyIds.ShouldBe(["test-1", "test-2"], ignoreOrder: true);
        provider.For("south-asia").KeyIds.ShouldBe(["test-1"]);
        provider.All.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("ActiveKeyId")]
    [InlineData("BlindIndexKey")]
    [InlineData("Keys:test-1")]
    public void A_region_missing_a_setting_is_refused_naming_the_section(string missing)
    {
        var settings = TestFieldKeys.Settings("europe").Where(s => s.Key != $"Tenants:europe:Encryption:{missing}").Concat(TestFieldKeys.Settings("south-asia"));

        Should.Throw<InvalidOperationException>(() => Provider(settings)).Message.ShouldContain("'Tenants:europe:Encryption'");
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused()
    {
        var settings = TestFieldKeys.Settings("south-asia")
            .Concat(TestFieldKeys.Settings("europe").Select(s => s.Key.EndsWith("Keys:test-1", StringComparison.Ordinal) ? new(s.Key, "not-base64!") : s));

        Should.Throw<InvalidOperationException>(() => Provider(settings)).Message.ShouldContain("Tenants:europe:Encryption:Keys:test-1");
    }

    private static ConfigurationFieldKeyProvider Provider(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ConfigurationFieldKeyProvider(configuration, Regions);
    }

    /// <summary>The two regions of appsettings.json.</summary>
    private static readonly ConfigurationTenantStore Regions = ConfigurationTenantStore.Load(
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build());
}
