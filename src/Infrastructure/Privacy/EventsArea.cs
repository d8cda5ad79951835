using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>
/// Outbox events whose payload names the subject's account (events name people by id only, never by email).
/// Erased by deleting them; at that point no order of the subject is open, so no pending work depends on them.
/// </summary>
internal sealed class EventsArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Internal events that name your account (for example your sign-up), with when they happened and were processed.",
        "Interne Ereignisse, die Ihr Konto nennen (zum Beispiel Ihre Registrierung), mit Zeitpunkt und Verarbeitungszeit.",
        "आंतरिक घटनाएँ जिनमें आपके खाते का उल्लेख है (जैसे "
        + "आपका पंजीकरण), वे कब हुईं और कब संसाधित हुईं।");

    public string Name => "events";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(OutboxMessage)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Version-7 ids follow the time the event was written.
        var events = await Mentioning(userId).AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return events.Count == 0
            ? null
            : AreaExport.Of(events.Select(m => new { m.Type, m.OccurredAt, m.ProcessedAt, Payload = ExportJson.Parse(m.Payload) }).ToList());
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        var ids = await Mentioning(context.UserId).Select(m => m.Id).ToListAsync(cancellationToken);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// The payload is jsonb on PostgreSQL and text on SQLite; the cast makes one LIKE work on both. Ids are serialised in
    /// "D" form.
    /// </summary>
    private IQueryable<OutboxMessage> Mentioning(Guid userId) =>
        db.OutboxMessages.FromSql($"SELECT * FROM outbox_messages WHERE CAST(payload AS text) LIKE {"%" + userId.ToString("D") + "%"}");
}
