using Npgsql;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>The PostgreSQL server started by build/test.sh, with one database per tenant.</summary>
public static class TestDatabases
{
    public const string EnvironmentVariable = "CUSTOMISEYOU_TEST_POSTGRES";

    /// <summary>The scheduler database of build/test.sh, where the test hosts' Quartz nodes cluster.</summary>
    public const string SchedulerEnvironmentVariable = "CUSTOMISEYOU_TEST_SCHEDULER";

    public static readonly IReadOnlyList<string> Tenants = ["south-asia", "europe"];

    /// <summary>A region that takes payments through PayPal (INR); only the test host configures it (ApiFactory).</summary>
    public const string PayPalTenant = "paypal-test";

    public static string Server =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the suite with ./build/test.sh, which starts PostgreSQL and sets it.");

    public static string SchedulerConnectionString =>
        Environment.GetEnvironmentVariable(SchedulerEnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{SchedulerEnvironmentVariable} is not set. Run the suite with ./build/test.sh, which creates the scheduler database and sets it.");

    public static string DatabaseName(string tenant) => "customiseyou_" + tenant.Replace('-', '_');

    public static string ConnectionString(string tenant) => DatabaseConnectionString(DatabaseName(tenant));

    /// <summary>Any database of the test server by name, e.g. one a test creates for itself.</summary>
    public static string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    /// <summary>No connection to the region's database sits in an open transaction (as one waiting on a provider would).</summary>
    public static async Task NoTransactionWaitsAsync(string tenant) =>
        (await ScalarAsync<long>(tenant,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()"))
        .ShouldBe(0, "a connection waits in a transaction while a provider answers");

    public static Task<T?> ScalarAsync<T>(string tenant, string sql, params (string Name, object Value)[] parameters) =>
        ScalarInAsync<T>(ConnectionString(tenant), sql, parameters);

    public static async Task<T?> ScalarInAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }
}
