using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// The API configured like <see cref="ApiFactory"/> (same databases and provider stubs) behind a real Kestrel socket on
/// a free loopback port, for clients that are not .NET (the generated TypeScript client, run by node).
/// </summary>
public sealed class KestrelNode : WebApplicationFactory<Program>
{
    private readonly ProviderStubs _providers;

    public KestrelNode(ProviderStubs providers)
    {
        _providers = providers;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server on first use; the address Kestrel bound.</summary>
    public string BaseAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => ApiFactory.Configure(builder, _providers);
}
