using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Logging;

namespace CustomiseYou.Infrastructure.Security;

/// <summary>
/// Rewrites, in batches, every row of the region whose encrypted values are not under the active key: plaintext
/// stored before encryption existed, values under a retired key after a rotation, and rows without their blind
/// index. Rows are loaded through EF Core (which decrypts with whichever key they name) and saved with their encrypted
/// properties marked modified, so the converters write them under the active key and the interceptor re-indexes them.
/// Run by the <c>reencrypt-fields</c> job and by <c>migrate</c> (ADR 0023).
/// </summary>
public sealed partial class FieldReencryptor(AppDbContext db, IJsonDialect json, ILogger<FieldReencryptor> logger)
{
    public const int DefaultBatchSize = 200;

    private readonly HashSet<Guid> _rewritten = [];

    /// <summary>One batch per table (at most <paramref name="batchSize"/> rows each); returns the rows rewritten.</summary>
    public async Task<ReencryptionBatch> RewriteBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var cipher = FieldEncryptionOptionsExtension.Of(db)?.Cipher
            ?? throw new InvalidOperationException("The context has no field-encryption keys.");
        var pattern = cipher.ActivePrefix + "%";
        int rewritten = 0, conflicts = 0;
        foreach (var table in EncryptedTables.Of(db.Model))
        {
            var sql = $"SELECT \"{table.KeyColumn}\" AS \"Value\" FROM \"{table.Table}\" "
                + $"WHERE tenant_id = {{0}} AND ({table.StalePredicate(json, "{1}")}) ORDER BY \"{table.KeyColumn}\" LIMIT {batchSize}";
            var ids = await db.Database.SqlQueryRaw<Guid>(sql, db.TenantId, pattern).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                continue;
            }

            // A row rewritten once is current; seeing it again means writes do not reach the active key. Loud, not a loop.
            if (ids.FirstOrDefault(id => !_rewritten.Add(id)) is var again && again != Guid.Empty)
            {
                throw new InvalidOperationException(
                    $"Row {again} of {table.Table} is still not under key {cipher.Ring.ActiveKeyId} after being rewritten.");
            }

            try
            {
                rewritten += await RewriteAsync(table, ids, cancellationToken);
            }
            catch (ConflictException)
            {
                // A row changed between the load and the save; its new value was written under the active key anyway,
                // and whatever is still stale is picked up by the next run.
                conflicts += ids.Count;
                _rewritten.ExceptWith(ids);
                LogConflict(db.TenantId, table.Table, ids.Count);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return new ReencryptionBatch(rewritten, conflicts, cipher.Ring.ActiveKeyId);
    }

    /// <summary>Batches until no stale row is left (or only rows that changed meanwhile); returns the rows rewritten.</summary>
    public async Task<int> RewriteAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await RewriteBatchAsync(DefaultBatchSize, cancellationToken);
            total += batch.Rewritten;
            if (batch.Rewritten == 0)
            {
                return total;
            }
        }
    }

    private async Task<int> RewriteAsync(EncryptedTable table, List<Guid> ids, CancellationToken cancellationToken)
    {
        var load = typeof(FieldReencryptor)
            .GetMethod(nameof(LoadAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(table.EntityType.ClrType);
        var rows = await (Task<IReadOnlyList<object>>)load.Invoke(this, [table, ids, cancellationToken])!;
        foreach (var row in rows)
        {
            Touch(db.Entry(row));
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    private async Task<IReadOnlyList<object>> LoadAsync<T>(EncryptedTable table, List<Guid> ids, CancellationToken cancellationToken)
        where T : class
    {
        var key = table.EntityType.FindPrimaryKey()!.Properties[0].Name;
        return await db.Set<T>().AsSplitQuery().Where(e => ids.Contains(EF.Property<Guid>(e, key))).ToListAsync(cancellationToken);
    }

    /// <summary>Marks the encrypted values of a row, and of the owned values it holds, as modified.</summary>
    private static void Touch(EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => FieldEncryptionModel.IsEncrypted(p.Metadata) && p.CurrentValue is not null))
        {
            property.IsModified = true;
        }

        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            if (owned.TargetEntry is { } target)
            {
                Touch(target);
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Tenant {TenantId}: {Rows} rows of {Table} changed while being re-encrypted; retried next run")]
    private partial void LogConflict(string tenantId, string table, int rows);
}

/// <summary>What one batch did: rows rewritten under <see cref="ActiveKeyId"/>, and rows left for the next run.</summary>
public sealed record ReencryptionBatch(int Rewritten, int Conflicts, string ActiveKeyId);
