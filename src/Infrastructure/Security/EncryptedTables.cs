using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>A table with encrypted columns, as the re-encryption job sees it; read from the EF Core model.</summary>
internal sealed record EncryptedTable(IEntityType EntityType, string Table, string KeyColumn, IReadOnlyList<EncryptedColumn> Columns)
{
    /// <summary>SQL true for a row holding a value that is not under the active key, or whose blind index is missing.</summary>
    public string StalePredicate(IJsonDialect json, string patternParameter) =>
        string.Join(" OR ", Columns.Select(c => c.StalePredicate(json, patternParameter)));
}

/// <summary>An encrypted column, or a field inside a JSON column; with its blind-index column when it has one.</summary>
internal sealed record EncryptedColumn(string Column, string? JsonProperty, string? BlindIndexColumn)
{
    public string StalePredicate(IJsonDialect json, string patternParameter)
    {
        var value = JsonProperty is null ? Quote(Column) : json.FieldText(Quote(Column), JsonProperty);
        var stale = $"({value} IS NOT NULL AND {value} NOT LIKE {patternParameter})";
        return BlindIndexColumn is null ? stale : $"{stale} OR ({value} IS NOT NULL AND {Quote(BlindIndexColumn)} IS NULL)";
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

internal static class EncryptedTables
{
    /// <summary>Every root entity's table with encrypted columns, its own or those of owned values in its row or JSON.</summary>
    public static IReadOnlyList<EncryptedTable> Of(IModel model)
    {
        var tables = new List<EncryptedTable>();
        foreach (var root in model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null))
        {
            var store = StoreObjectIdentifier.Table(root.GetTableName()!, root.GetSchema());
            var columns = Columns(root, store, null).ToList();
            foreach (var owned in root.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection).Select(n => n.TargetEntityType))
            {
                columns.AddRange(owned.IsMappedToJson() ? Columns(owned, store, owned.GetContainerColumnName()) : Columns(owned, store, null));
            }

            if (columns.Count == 0)
            {
                continue;
            }

            var key = root.FindPrimaryKey()!.Properties;
            if (key is not [{ } id] || id.ClrType != typeof(Guid))
            {
                throw new InvalidOperationException(
                    $"{root.DisplayName()} has encrypted columns but no single Guid key; the re-encryption job needs one.");
            }

            tables.Add(new EncryptedTable(root, store.Name, id.GetColumnName(store)!, columns));
        }

        return tables;
    }

    private static IEnumerable<EncryptedColumn> Columns(IEntityType type, StoreObjectIdentifier store, string? jsonContainer) =>
        type.GetDeclaredProperties().Where(FieldEncryptionModel.IsEncrypted).Select(p => jsonContainer is null
            ? new EncryptedColumn(
                p.GetColumnName(store)!,
                null,
                FieldEncryptionModel.BlindIndexOf(p) is { } index ? type.FindProperty(index)!.GetColumnName(store) : null)
            : new EncryptedColumn(jsonContainer, p.GetJsonPropertyName()!, null));
}
