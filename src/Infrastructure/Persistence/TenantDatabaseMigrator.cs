using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using CustomiseYou.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Persistence;

/// <summary>
/// Brings every tenant database to the current schema, one tenant at a time, each in its own scope.
/// The tenant's <see cref="ISchemaDialect"/> does the work: migrations on PostgreSQL, the model on SQLite (ADR 0003).
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
            await scope.ServiceProvider.GetRequiredService<ISchemaDialect>().PrepareAsync(db, tenant, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Rows} rows encrypted under the active field-encryption key")]
    private partial void LogReencrypted(string tenantId, int rows);
}
