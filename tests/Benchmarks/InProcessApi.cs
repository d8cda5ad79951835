extern alias webapi;

using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CustomiseYou.Benchmarks;

/// <summary>
/// The API itself (Production settings, Release build, the benchmark's databases) on a Kestrel loopback socket inside
/// this process. Two of them differ in one thing only: whether access tokens are checked against live sessions
/// (<c>LiveSessionCheck</c>, the bearer handler's OnTokenValidated); the baseline keeps signature, lifetime,
/// issuer and audience validation.
/// </summary>
internal sealed class InProcessApi : WebApplicationFactory<webapi::Program>
{
    private readonly BenchOptions _options;
    private readonly string _signingKey;
    private readonly bool _checkSessions;

    public InProcessApi(BenchOptions options, string signingKey, bool checkSessions)
    {
        (_options, _signingKey, _checkSessions) = (options, signingKey, checkSessions);
        // The API's appsettings are copied beside this program; the factory looks for a project folder otherwise.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CUSTOMISEYOU_WEBAPI", AppContext.BaseDirectory);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Jwt:SigningKey", _signingKey);
        foreach (var (tenant, database) in new[] { ("europe", "customiseyou_europe"), ("south-asia", "customiseyou_south_asia") })
        {
            var connection = new NpgsqlConnectionStringBuilder(_options.Connection) { Database = database }.ConnectionString;
            builder.UseSetting($"Tenants:{tenant}:Database:ConnectionString", connection);
            // Per-run field-encryption keys (the catalog read here holds no encrypted field).
            builder.UseSetting($"Tenants:{tenant}:Encryption:Keys:bench-1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting($"Tenants:{tenant}:Encryption:ActiveKeyId", "bench-1");
            builder.UseSetting($"Tenants:{tenant}:Encryption:BlindIndexKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        builder.UseSetting("Jobs:Store", "Memory");
        builder.UseSetting("Jobs:Schedules:Enabled", "false");
        builder.UseSetting("Payments:Offline", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (!_checkSessions)
        {
            builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme, bearer => bearer.Events = new JwtBearerEvents()));
        }
    }
}
