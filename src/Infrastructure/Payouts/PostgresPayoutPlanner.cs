using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using CustomiseYou.Infrastructure.Observability;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>
/// One statement creates every payout of a run and its items: a seller's available balance is what its completed
/// orders earned (seller transfers less reversals) less every payout not failed. The unique (seller, period) index
/// with ON CONFLICT DO NOTHING makes a second run, or a second instance, add nothing. A batch's attempts are written
/// with one statement per table over <c>unnest</c>ed arrays, not one statement per payout.
/// </summary>
internal sealed class PostgresPayoutPlanner(AppDbContext db, CommittedEventMetrics metrics) : IPayoutPlanner
{
    public async Task<int> CreateDueAsync(string period, Money minimum, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = await InsertDueAsync(period, minimum, runId, now, cancellationToken);
        if (created > 0)
        {
            // The batches that pay these look payouts up by id; statistics from before the insert (autovacuum has not run yet)
            // make the planner scan the whole tenant's payouts for every batch instead.
            await db.Database.ExecuteSqlRawAsync("ANALYZE payouts, payout_items", cancellationToken);
        }

        return created;
    }

    // ToListAsync, not SingleAsync: composing would wrap the statement in a sub-query, where PostgreSQL refuses data-modifying CTEs.
    private async Task<int> InsertDueAsync(string period, Money minimum, Guid runId, DateTimeOffset now, CancellationToken cancellationToken) =>
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
                INSERT INTO payouts (id, tenant_id, seller_id, period, amount_amount, amount_currency, status, attempts, next_attempt_at,
                                     run_id, created_at)
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

    // Locked by id first, then loaded: composed over FromSql, EF would join the table to itself for the owned amount,
    // which PostgreSQL plans as a scan of every payout per batch.
    public async Task<IReadOnlyList<Payout>> ClaimDueAsync(int batchSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>(
            $"""
            SELECT id AS "Value" FROM payouts
            WHERE tenant_id = {db.TenantId} AND status = 'Pending' AND next_attempt_at <= {now}
            ORDER BY next_attempt_at
            LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        return ids.Count == 0 ? [] : await db.Payouts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
    }

    public async Task SaveAttemptsAsync(
        IReadOnlyList<Payout> attempted, IReadOnlyList<LedgerTransaction> ledgerRows, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE payouts p
            SET status = a.status, attempts = a.attempts, next_attempt_at = a.next_attempt_at, last_error = a.last_error,
                provider_reference = a.provider_reference, paid_at = a.paid_at
            FROM unnest({Column(attempted, p => p.Id)}, {Column(attempted, p => p.Status.ToString())}, {Column(attempted, p => p.Attempts)},
                        {Column(attempted, p => p.NextAttemptAt)}, {Column(attempted, p => p.LastError)},
                        {Column(attempted, p => p.ProviderReference)}, {Column(attempted, p => p.PaidAt)})
                 AS a(id, status, attempts, next_attempt_at, last_error, provider_reference, paid_at)
            WHERE p.id = a.id AND p.tenant_id = {db.TenantId}
            """, cancellationToken);

        if (ledgerRows.Count > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO transactions (id, checkout_id, order_id, seller_id, kind, amount_amount, amount_currency, provider, provider_reference,
                                          status, correlation_id, created_at, tenant_id)
                SELECT r.*, {db.TenantId}
                FROM unnest({Column(ledgerRows, t => t.Id)}, {Column(ledgerRows, t => t.CheckoutId)}, {Column(ledgerRows, t => t.OrderId)},
                            {Column(ledgerRows, t => t.SellerId)}, {Column(ledgerRows, t => t.Kind.ToString())},
                            {Column(ledgerRows, t => t.Amount.Amount)}, {Column(ledgerRows, t => t.Amount.Currency)},
                            {Column(ledgerRows, t => t.Provider.ToString())}, {Column(ledgerRows, t => t.ProviderReference)},
                            {Column(ledgerRows, t => t.Status.ToString())}, {Column(ledgerRows, t => t.CorrelationId)},
                            {Column(ledgerRows, t => t.CreatedAt)}) AS r
                """, cancellationToken);
        }

        var events = attempted.SelectMany(p => p.DomainEvents).Select(OutboxMessage.For).ToList();
        if (events.Count > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO outbox_messages (id, type, payload, occurred_at, attempts, tenant_id)
                SELECT e.id, e.type, e.payload::jsonb, e.occurred_at, 0, {db.TenantId}
                FROM unnest({Column(events, m => m.Id)}, {Column(events, m => m.Type)}, {Column(events, m => m.Payload)},
                            {Column(events, m => m.OccurredAt)})
                     AS e(id, type, payload, occurred_at)
                """, cancellationToken);
            metrics.Add(db, events.Select(e => e.Type));
        }

        foreach (var payout in attempted)
        {
            payout.ClearDomainEvents();
        }
    }

    /// <summary>One column of a batch as an array parameter, for <c>unnest</c>.</summary>
    private static T[] Column<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> column) => [.. rows.Select(column)];
}
