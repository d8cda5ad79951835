using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>PostgreSQL databases get the migrations, and the tenant's search language as the column default.</summary>
internal sealed partial class PostgresSchemaDialect(ConfigurationTenantStore tenants, ILogger<PostgresSchemaDialect> logger) : ISchemaDialect
{
    public async Task PrepareAsync(AppDbContext db, Tenant tenant, CancellationToken cancellationToken)
    {
        // A migration may rebuild an index or rewrite a table: no statement limit on the migrating session.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET statement_timeout = 0", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // New rows are indexed for search in the tenant's language. DDL takes no parameters; the value comes
        // from a fixed list checked at start-up (ConfigurationTenantStore.SearchLanguages).
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"ALTER TABLE products ALTER COLUMN search_config SET DEFAULT '{tenants.InfrastructureOf(tenant).SearchLanguage}'", cancellationToken);
#pragma warning restore EF1002
        LogMigrated(tenant.Id, "Postgres");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} database is up to date ({Provider})")]
    private partial void LogMigrated(string tenantId, string provider);
}
