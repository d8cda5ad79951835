using Npgsql;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that opens PostgreSQL connections.</summary>
public static class ApplicationTypeUsingNpgsql
{
    public static string DatabaseOf(NpgsqlConnection connection) => connection.Database;
}
