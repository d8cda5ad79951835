using CustomiseYou.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class PaymentRepository(AppDbContext db) : IPaymentRepository
{
    public Task<Payment?> GetByCheckoutAsync(Guid checkoutId, CancellationToken cancellationToken) =>
        db.Payments.FirstOrDefaultAsync(p => p.CheckoutId == checkoutId, cancellationToken);

    public Task<Payment?> GetByProviderPaymentIdAsync(PaymentProvider provider, string providerPaymentId, CancellationToken cancellationToken) =>
        db.Payments.FirstOrDefaultAsync(p => p.Provider == provider && p.ProviderPaymentId == providerPaymentId, cancellationToken);

    public void Add(Payment payment) => db.Payments.Add(payment);
}

internal sealed class Ledger(AppDbContext db) : ILedger
{
    /// <summary>Saved rows plus rows added in this unit of work (a refund right after a payment in one transaction sees the charge).</summary>
    public async Task<IReadOnlyList<LedgerTransaction>> ForOrderAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await db.Transactions.Where(t => t.OrderId == orderId).LoadAsync(cancellationToken);
        return [.. db.Transactions.Local.Where(t => t.OrderId == orderId).OrderBy(t => t.CreatedAt)];
    }

    public void Add(LedgerTransaction transaction) => db.Transactions.Add(transaction);
}

internal sealed class ProcessedWebhookEvents(AppDbContext db) : IProcessedWebhookEvents
{
    public Task<bool> ExistsAsync(PaymentProvider provider, string eventId, CancellationToken cancellationToken) =>
        db.ProcessedWebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == eventId, cancellationToken);

    public void Add(ProcessedWebhookEvent processed) => db.ProcessedWebhookEvents.Add(processed);
}
