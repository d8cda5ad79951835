using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CustomiseYou.Infrastructure.Persistence.Dialects;

internal static class DatabaseProviderSetup
{
    /// <summary>
    /// Server-side limits on every application connection, so no failure (a hung request, a lost client) can hold
    /// rows locked for minutes: a transaction left idle is ended by PostgreSQL, and so is a statement that runs away.
    /// A connection string that sets either itself (its <c>Options</c>) keeps its own value.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SessionLimits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["idle_in_transaction_session_timeout"] = "15s",
        ["statement_timeout"] = "30s",
    };

    /// <summary>Points a context at one tenant's database; PostgreSQL in production, SQLite for the embedded default.</summary>
    public static DbContextOptionsBuilder UseTenantDatabase(this DbContextOptionsBuilder options, TenantDatabase database)
    {
        _ = database.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(
                WithSessionLimits(database.ConnectionString),
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")),
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString),
            _ => throw new InvalidOperationException($"Unsupported database provider '{database.Provider}'."),
        };
        return options.UseSnakeCaseNamingConvention();
    }

    /// <summary>The database <c>dotnet ef migrations add</c> builds against: migrations always target PostgreSQL (ADR 0003).</summary>
    public static TenantDatabase MigrationsTarget { get; } =
        new() { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design_time" };

    /// <summary>
    /// Whether the database tells every node when a change commits (PostgreSQL's LISTEN/NOTIFY, fired by triggers). An
    /// embedded SQLite file serves one node, which sees its own changes, so it needs no such feed.
    /// </summary>
    public static bool NotifiesCommittedChanges(TenantDatabase database) => database.Provider == DatabaseProvider.Postgres;

    internal static string WithSessionLimits(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = builder.Options ?? "";
        var added = SessionLimits
            .Where(limit => !given.Contains(limit.Key, StringComparison.Ordinal))
            .Select(limit => $"-c {limit.Key}={limit.Value}");
        builder.Options = string.Join(' ', new[] { given }.Concat(added).Where(part => part.Length > 0));
        return builder.ConnectionString;
    }
}
