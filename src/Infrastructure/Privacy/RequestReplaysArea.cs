using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Infrastructure.Persistence;
using CustomiseYou.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>Stored responses for Idempotency-Key replays (kept a day). Erased by deleting them.</summary>
internal sealed class RequestReplaysArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Responses we keep for a day so that a retried request (for example a checkout) "
        + "is not carried out twice: the request key, when, and the stored response.",
        "Antworten, die wir einen Tag lang aufbewahren, damit eine wiederholte "
        + "Anfrage (zum Beispiel eine Bestellung) nicht doppelt ausgeführt wird: "
        + "Anfrageschlüssel, Zeitpunkt und gespeicherte Antwort.",
        "वे उत्तर जो हम एक दिन तक रखते हैं ताकि "
        + "दोबारा भेजा गया अनुरोध (जैसे चेकआउट) दो बार "
        + "न चले: अनुरोध कुंजी, समय और सहेजा गया उत्तर।");

    public string Name => "request-replays";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(IdempotencyRecord)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var records = await db.Set<IdempotencyRecord>().AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        // Sorted in memory: SQLite cannot order by DateTimeOffset, and a person has a handful of these.
        return records.Count == 0
            ? null
            : AreaExport.Of(records.OrderBy(r => r.CreatedAt)
                .Select(r => new { r.Key, r.CreatedAt, r.ExpiresAt, Response = ExportJson.Parse(r.Response) })
                .ToList());
    }

    public Task EraseAsync(ErasureContext context, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().Where(r => r.UserId == context.UserId).ExecuteDeleteAsync(cancellationToken);
}
