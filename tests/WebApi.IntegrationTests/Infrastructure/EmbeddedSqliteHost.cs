using System.Net.Http.Headers;
using System.Security.Cryptography;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// The API on its embedded default, beside the shared PostgreSQL host: SQLite files per region in a temporary folder
/// of its own, the RAM job store (no scheduler database), email written to a file outbox, offline payments. A test
/// class owns one; <c>configure</c> adds that class's own settings and services.
/// </summary>
public sealed class EmbeddedSqliteHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _ownsDirectory;

    /// <param name="directory">The folder of another (disposed) host, to start again on its databases; it stays the caller's.</param>
    /// <param name="kestrel">Listens on real sockets (Kestrel) instead of the in-memory test server when given.</param>
    public EmbeddedSqliteHost(
        string name, Action<IWebHostBuilder>? configure = null, string? directory = null, Action<KestrelServerOptions>? kestrel = null)
    {
        _ownsDirectory = directory is null;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), $"customiseyou-{name}-{Guid.NewGuid():N}");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Jobs:Store", "Memory");
            builder.UseSetting("Jobs:Schedules:Enabled", "false");
            builder.UseSetting("Payments:Offline", "true");
            builder.UseSetting("Jwt:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            builder.UseSetting("Notifications:Email:Provider", "File");
            builder.UseSetting("Notifications:OutboxDirectory", OutboxDirectory);
            TestFieldKeys.Configure(builder, TestDatabases.Tenants);
            foreach (var tenant in TestDatabases.Tenants)
            {
                builder.UseSetting($"Tenants:{tenant}:Database:Provider", "Sqlite");
                builder.UseSetting($"Tenants:{tenant}:Database:ConnectionString", $"Data Source={Path.Combine(Directory, tenant + ".db")}");
            }

            configure?.Invoke(builder);
        });
        if (kestrel is not null)
        {
            _factory.UseKestrel(kestrel);
            _factory.StartServer();
        }
    }

    public string Directory { get; }

    /// <summary>Where the file email sender writes each message.</summary>
    public string OutboxDirectory => Path.Combine(Directory, "outbox");

    public IServiceProvider Services => _factory.Services;

    /// <summary>Creates every region's SQLite schema, as the embedded default does at start-up.</summary>
    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(seedDemoData: false, CancellationToken.None);
    }

    /// <summary>A client of <paramref name="tenant"/>, signed in with <paramref name="token"/> when there is one.</summary>
    public HttpClient ClientFor(string tenant, string? token = null)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Tenant", tenant);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope bound to <paramref name="tenant"/>, as a request or a job would.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(scope.ServiceProvider.GetRequiredService<ITenantStore>().Find(tenant)!);
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDirectory && System.IO.Directory.Exists(Directory)) // a host that never started made none
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
