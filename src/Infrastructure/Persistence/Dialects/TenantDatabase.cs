namespace CustomiseYou.Infrastructure.Persistence.Dialects;

public enum DatabaseProvider
{
    Postgres,
    Sqlite,
}

public sealed record TenantDatabase
{
    public required DatabaseProvider Provider { get; init; }

    public required string ConnectionString { get; init; }
}
