using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// Brings every tenant database to the current schema, one tenant at a time, each in its own scope.
/// PostgreSQL databases get the migrations; embedded SQLite files are created from the model (see ADR 0003).
/// </summary>
public sealed partial class TenantDatabaseMigrator(
    IServiceScopeFactory scopes, ITenantStore tenants, ILogger<TenantDatabaseMigrator> logger)
{
    public async Task MigrateAllAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var tenantScope = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (tenant.Database.Provider == DatabaseProvider.Postgres)
            {
                // A migration may rebuild an index or rewrite a table: no statement limit on the migrating session.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("SET statement_timeout = 0", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                // New rows are indexed for search in the tenant's language. DDL takes no parameters; the value comes
                // from a fixed list checked at start-up (ConfigurationTenantStore.SearchLanguages).
#pragma warning disable EF1002
                await db.Database.ExecuteSqlRawAsync(
                    $"ALTER TABLE products ALTER COLUMN search_config SET DEFAULT '{tenant.SearchLanguage}'", cancellationToken);
#pragma warning restore EF1002
            }
            else
            {
                await EnsureEmbeddedSchemaAsync(db, tenant, cancellationToken);
            }

            LogMigrated(tenant.Id, tenant.Database.Provider);
            // Migrations cannot call .NET crypto: rows stored before field encryption (or under a retired key) are
            // encrypted here, so `migrate` leaves no plaintext behind (ADR 0023).
            var reencrypted = await scope.ServiceProvider.GetRequiredService<FieldReencryptor>().RewriteAllAsync(cancellationToken);
            if (reencrypted > 0)
            {
                LogReencrypted(tenant.Id, reencrypted);
            }

            if (seedDemoData)
            {
                await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(tenant, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Creates the SQLite file from the model, and recreates it when the model changed since (a fingerprint file sits
    /// beside the database), so a newcomer never runs on a stale embedded schema. Embedded data is demo data.
    /// </summary>
    private async Task EnsureEmbeddedSchemaAsync(AppDbContext db, Tenant tenant, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(tenant.Database.ConnectionString).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fingerprintPath = path + ".schema";
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(db.Model.ToDebugString())));
        var previous = File.Exists(fingerprintPath) ? await File.ReadAllTextAsync(fingerprintPath, cancellationToken) : null;
        if (previous is not null && previous != fingerprint)
        {
            LogRecreating(tenant.Id, path);
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }

        await db.Database.EnsureCreatedAsync(cancellationToken);
        await File.WriteAllTextAsync(fingerprintPath, fingerprint, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} database is up to date ({Provider})")]
    private partial void LogMigrated(string tenantId, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Rows} rows encrypted under the active field-encryption key")]
    private partial void LogReencrypted(string tenantId, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId}: the model changed, recreating embedded database {Path}")]
    private partial void LogRecreating(string tenantId, string path);
}
