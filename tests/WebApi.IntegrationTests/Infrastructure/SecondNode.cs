using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// A second web host configured exactly like <see cref="ApiFactory"/>: the same tenant databases and provider stubs,
/// and a Quartz node in the same cluster. Reach it through <see cref="ApiFactory.SecondNode"/>.
/// </summary>
public sealed class SecondNode(ProviderStubs providers) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => ApiFactory.Configure(builder, providers);
}
