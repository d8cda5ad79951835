using CustomiseYou.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Persistence.Repositories;

internal sealed class ProcessedWebhookEvents(AppDbContext db) : IProcessedWebhookEvents
{
    public Task<bool> ExistsAsync(PaymentProvider provider, string eventId, CancellationToken cancellationToken) =>
        db.ProcessedWebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == eventId, cancellationToken);

    public void Add(ProcessedWebhookEvent processed) => db.ProcessedWebhookEvents.Add(processed);
}
