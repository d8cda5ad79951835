using CustomiseYou.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>
/// The one web host of the test run, on the real PostgreSQL databases of build/test.sh.
/// Tests own their data through unique ids and names, so no test depends on another's order.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Authentication:DevelopmentHeader:Enabled", "true");
        foreach (var tenant in TestDatabases.Tenants)
        {
            builder.UseSetting($"Tenants:{tenant}:Database:Provider", "Postgres");
            builder.UseSetting($"Tenants:{tenant}:Database:ConnectionString", TestDatabases.ConnectionString(tenant));
        }

        builder.ConfigureServices(services => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, FaultyEndpointStartupFilter>());
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(seedDemoData: false, CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A client for <paramref name="tenant"/> (X-Tenant header), optionally signed in as <paramref name="userId"/> with roles.</summary>
    public HttpClient ClientFor(string? tenant, string? userId = null, params string[] roles)
    {
        var client = CreateClient();
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Tenant", tenant);
        }

        if (userId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-User", userId);
            client.DefaultRequestHeaders.Add("X-Dev-Roles", string.Join(',', roles));
        }

        return client;
    }

    public HttpClient AdminFor(string tenant) => ClientFor(tenant, "admin-" + tenant, "admin");
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
