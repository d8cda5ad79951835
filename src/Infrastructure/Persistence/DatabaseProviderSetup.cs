using CustomiseYou.Application.Common.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence;

internal static class DatabaseProviderSetup
{
    /// <summary>Points a context at one tenant's database; PostgreSQL in production, SQLite for the embedded default.</summary>
    public static DbContextOptionsBuilder UseTenantDatabase(this DbContextOptionsBuilder options, TenantDatabase database)
    {
        _ = database.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(
                database.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")),
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString),
            _ => throw new InvalidOperationException($"Unsupported database provider '{database.Provider}'."),
        };
        return options.UseSnakeCaseNamingConvention();
    }
}
