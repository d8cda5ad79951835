using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>
/// Creates the SQLite file from the model, and recreates it when the model changed since (a fingerprint file sits
/// beside the database), so a newcomer never runs on a stale embedded schema. Embedded data is demo data.
/// </summary>
internal sealed partial class SqliteSchemaDialect(ConfigurationTenantStore tenants, ILogger<SqliteSchemaDialect> logger) : ISchemaDialect
{
    public async Task PrepareAsync(AppDbContext db, Tenant tenant, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(tenants.InfrastructureOf(tenant).Database.ConnectionString).DataSource);
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
        LogMigrated(tenant.Id, "Sqlite");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} database is up to date ({Provider})")]
    private partial void LogMigrated(string tenantId, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId}: the model changed, recreating embedded database {Path}")]
    private partial void LogRecreating(string tenantId, string path);
}
