using System.Diagnostics;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
    public async Task The_migrate_command_migrates_every_tenant_and_the_scheduler_database_and_can_run_twice()
    {
        var before = await HistoryCountsAsync();
        // A scheduler database of its own, empty, so the test sees migrate create the Quartz schema.
        var name = $"customiseyou_scheduler_{Guid.NewGuid():N}";
        var scheduler = TestDatabases.DatabaseConnectionString(name);
        var server = TestDatabases.DatabaseConnectionString("postgres");
        await TestDatabases.ScalarInAsync<object>(server, $"CREATE DATABASE {name}");
        try
        {
            for (var run = 0; run < 2; run++)
            {
                var (exitCode, output) = await RunMigrateCommandAsync(scheduler);
                exitCode.ShouldBe(0, output);
            }

            (await HistoryCountsAsync()).ShouldBe(before);
            (await TestDatabases.ScalarInAsync<long>(scheduler, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('qrtz_job_details', 'qrtz_triggers', 'qrtz_cron_triggers', 'qrtz_locks', 'qrtz_scheduler_state')"))
                .ShouldBe(5);
        }
        finally
        {
            await TestDatabases.ScalarInAsync<object>(server, $"DROP DATABASE {name} WITH (FORCE)");
        }
    }

    private static async Task<long[]> HistoryCountsAsync() =>
        await Task.WhenAll(TestDatabases.Tenants.Select(t => TestDatabases.ScalarAsync<long>(t, "SELECT count(*) FROM __ef_migrations_history")));

    /// <summary>Runs the published entry point exactly as an operator would: <c>CustomiseYou.WebApi migrate</c>.</summary>
    private static async Task<(int ExitCode, string Output)> RunMigrateCommandAsync(string schedulerConnectionString)
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
        start.Environment["Jobs__ConnectionString"] = schedulerConnectionString;
        foreach (var (name, value) in TestDatabases.Tenants.SelectMany(t => TestFieldKeys.Settings(t)))
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
