using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>Consent history. Erased by deleting it: an erased account receives nothing, so no consent needs proving any more.</summary>
internal sealed class ConsentsArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your consents to marketing (per channel: email, SMS, push) and analytics: every change with its time, source, browser "
        + "and the privacy policy version it was given under.",
        "Ihre Einwilligungen in Werbung (je Kanal: E-Mail, SMS, Push) und Analyse: jede Änderung mit Zeitpunkt, Quelle, Browser "
        + "und der Version der Datenschutzerklärung, unter der sie erteilt wurde.",
        "मार्केटिंग (हर चैनल: ईमेल, SMS, पुश) और एनालिटिक्स के लिए "
        + "आपकी सहमतियाँ: हर बदलाव उसके समय, स्रोत, ब्राउज़र "
        + "और उस गोपनीयता नीति संस्करण "
        + "के साथ जिसके अंतर्गत वह दी गई।");

    public string Name => "consents";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(ConsentRecord)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var records = await db.ConsentRecords.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return records.Count == 0
            ? null
            : AreaExport.Of(records.Select(c => new { c.Purpose, c.Granted, c.RecordedAt, c.Source, c.UserAgent, c.PolicyVersion }).ToList());
    }

    public Task EraseAsync(ErasureContext context, CancellationToken cancellationToken) =>
        db.ConsentRecords.Where(c => c.UserId == context.UserId).ExecuteDeleteAsync(cancellationToken);
}
