using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>
/// One statement creates every payout of a run and its items: a seller's available balance is what its completed
/// orders earned (seller transfers less reversals) less every payout not failed. The unique (seller, period) index
/// with ON CONFLICT DO NOTHING makes a second run, or a second instance, add nothing.
/// </summary>
internal sealed class PostgresPayoutPlanner(AppDbContext db) : IPayoutPlanner
{
    // ToListAsync, not SingleAsync: composing would wrap the statement in a sub-query, where PostgreSQL refuses data-modifying CTEs.
    public async Task<int> CreateDueAsync(string period, Money minimum, Guid runId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<int>(
            $"""
            WITH earned AS (
                SELECT o.seller_id, o.id AS order_id,
                       sum(CASE WHEN t.kind = 'SellerTransfer' THEN t.amount_amount ELSE -t.amount_amount END) AS amount
                FROM orders o
                JOIN transactions t ON t.order_id = o.id AND t.tenant_id = o.tenant_id AND t.kind IN ('SellerTransfer', 'TransferReversal')
                WHERE o.tenant_id = {db.TenantId} AND o.status = 'Completed'
                GROUP BY o.seller_id, o.id),
            live AS (
                SELECT seller_id, sum(amount_amount) AS amount
                FROM payouts WHERE tenant_id = {db.TenantId} AND status <> 'Failed'
                GROUP BY seller_id),
            due AS (
                SELECT e.seller_id, sum(e.amount) - coalesce(max(l.amount), 0) AS amount
                FROM earned e LEFT JOIN live l ON l.seller_id = e.seller_id
                GROUP BY e.seller_id),
            created AS (
                INSERT INTO payouts (id, tenant_id, seller_id, period, amount_amount, amount_currency, status, attempts, next_attempt_at, run_id, created_at)
                SELECT gen_random_uuid(), {db.TenantId}, d.seller_id, {period}, d.amount, {minimum.Currency}, 'Pending', 0, {now}, {runId}, {now}
                FROM due d JOIN sellers s ON s.id = d.seller_id AND s.tenant_id = {db.TenantId} AND s.payout_account IS NOT NULL
                WHERE d.amount > 0 AND d.amount >= {minimum.Amount}
                ON CONFLICT (tenant_id, seller_id, period) DO NOTHING
                RETURNING id, seller_id),
            items AS (
                INSERT INTO payout_items (payout_id, order_id, amount_amount, amount_currency, tenant_id)
                SELECT c.id, e.order_id, e.amount, {minimum.Currency}, {db.TenantId}
                FROM created c JOIN earned e ON e.seller_id = c.seller_id
                WHERE NOT EXISTS (
                    SELECT 1 FROM payout_items i JOIN payouts p ON p.id = i.payout_id AND p.tenant_id = i.tenant_id
                    WHERE i.tenant_id = {db.TenantId} AND i.order_id = e.order_id AND p.status <> 'Failed')
                RETURNING 1)
            SELECT count(*)::int AS "Value" FROM created
            """).ToListAsync(cancellationToken)).Single();

    public async Task<IReadOnlyList<Guid>> LockDueAsync(int batchSize, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<Guid>(
            $"""
            SELECT id AS "Value" FROM payouts
            WHERE tenant_id = {db.TenantId} AND status = 'Pending' AND next_attempt_at <= {now}
            ORDER BY next_attempt_at, id
            LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
}
