using CustomiseYou.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Claims are single statements outside the use case's transaction (the behaviour runs before it opens), so a
/// concurrent request with the same key sees the claim at once. Records live 24 hours.
/// </summary>
internal sealed class IdempotencyStore(AppDbContext db, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // One round trip on every POST that carries a key: a new key inserts, an expired record is taken over in place
        // (it counts as new), a live one is left alone and reports 0 rows.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_records (tenant_id, user_id, key, request_hash, response, created_at, expires_at)
            VALUES ({db.TenantId}, {userId}, {key}, {requestHash}, NULL, {now}, {now + Lifetime})
            ON CONFLICT (tenant_id, user_id, key) DO UPDATE
            SET request_hash = excluded.request_hash, response = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at
            WHERE idempotency_records.expires_at < {now}
            """,
            cancellationToken);
        if (claimed == 1)
        {
            return new IdempotencyClaim(IdempotencyClaimKind.Acquired);
        }

        var existing = await db.Set<IdempotencyRecord>().AsNoTracking()
            .FirstAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        return existing.RequestHash != requestHash ? new IdempotencyClaim(IdempotencyClaimKind.Mismatch)
            : existing.Response is null ? new IdempotencyClaim(IdempotencyClaimKind.InFlight)
            : new IdempotencyClaim(IdempotencyClaimKind.Replay, existing.Response);
    }

    public Task CompleteAsync(Guid userId, string key, string response, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"UPDATE idempotency_records SET response = {response} WHERE tenant_id = {db.TenantId} AND user_id = {userId} AND key = {key}",
            cancellationToken);

    public Task ReleaseAsync(Guid userId, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"DELETE FROM idempotency_records WHERE tenant_id = {db.TenantId} AND user_id = {userId} AND key = {key} AND response IS NULL",
            cancellationToken);
}
