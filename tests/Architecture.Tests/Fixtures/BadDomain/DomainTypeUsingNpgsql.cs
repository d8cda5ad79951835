using Npgsql;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that opens database connections.</summary>
public static class DomainTypeUsingNpgsql
{
    public static string DatabaseOf(NpgsqlConnection connection) => connection.Database;
}
