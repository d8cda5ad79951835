namespace CustomiseYou.Infrastructure.Persistence.Dialects;

/// <summary>How raw SQL reads a field of a JSON column (jsonb on PostgreSQL, text on SQLite).</summary>
public interface IJsonDialect
{
    /// <summary>SQL for the text of <paramref name="property"/> inside <paramref name="quotedColumn"/>, null when absent.</summary>
    string FieldText(string quotedColumn, string property);
}

internal sealed class PostgresJsonDialect : IJsonDialect
{
    public string FieldText(string quotedColumn, string property) => $"({quotedColumn} ->> '{property}')";
}

internal sealed class SqliteJsonDialect : IJsonDialect
{
    public string FieldText(string quotedColumn, string property) => $"json_extract({quotedColumn}, '$.{property}')";
}
