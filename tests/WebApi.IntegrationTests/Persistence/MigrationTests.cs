using System.Diagnostics;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.WebApi.IntegrationTests.Persistence;

[Collection(ApiCollection.Name)]
public sealed class MigrationTests(ApiFactory api)
{
    [Fact]
    public void Every_model_change_is_covered_by_a_migration()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "The EF Core model differs from the last migration: run `dotnet ef migrations add <Name> --project src/Infrastructure --output-dir Persistence/Migrations`.");
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        var before = await HistoryCountsAsync();

        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantDatabaseMigrator>().MigrateAllAsync(false, CancellationToken.None);
        }

        (await HistoryCountsAsync()).ShouldBe(before);
        using var design = new DesignTimeDbContextFactory().CreateDbContext([]);
        before.ShouldAllBe(count => count == design.GetService<IMigrationsAssembly>().Migrations.Count);
    }

    [Fact]
    public async Task The_migrate_command_migrates_every_tenant_and_can_run_twice()
    {
        var before = await HistoryCountsAsync();

        for (var run = 0; run < 2; run++)
        {
            var (exitCode, output) = await RunMigrateCommandAsync();
            exitCode.ShouldBe(0, output);
        }

        (await HistoryCountsAsync()).ShouldBe(before);
    }

    private static async Task<long[]> HistoryCountsAsync() =>
        await Task.WhenAll(TestDatabases.Tenants.Select(t => TestDatabases.ScalarAsync<long>(t, "SELECT count(*) FROM __ef_migrations_history")));

    /// <summary>Runs the published entry point exactly as an operator would: <c>CustomiseYou.WebApi migrate</c>.</summary>
    private static async Task<(int ExitCode, string Output)> RunMigrateCommandAsync()
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "CustomiseYou.WebApi.dll"), "migrate"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var tenant in TestDatabases.Tenants)
        {
            start.Environment[$"Tenants__{tenant}__Database__ConnectionString"] = TestDatabases.ConnectionString(tenant);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
