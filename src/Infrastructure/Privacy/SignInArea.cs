using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Users;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>Sessions (with their refresh tokens) and verification codes. Erased by deleting them, which also signs every device out.</summary>
internal sealed class SignInArea(AppDbContext db) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your sign-ins: each session (device) with when it started, was last used and ends, its browser (user agent) and masked network address; "
        + "and the verification codes we sent you: to which address or phone, when, "
        + "and whether they were used. Secrets (token and code hashes) are left out.",
        "Ihre Anmeldungen: jede Sitzung (Gerät) mit Beginn, letzter Nutzung und Ablauf, Browser (User-Agent) und gekürzter Netzwerkadresse; "
        + "außerdem die Bestätigungscodes, die wir Ihnen geschickt haben: an welche Adresse oder Nummer, wann und ob sie verwendet wurden. "
        + "Geheimnisse (Token- und Code-Hashes) sind nicht enthalten.",
        "आपके साइन-इन: हर सत्र (डिवाइस) — कब शुरू हुआ, आख़िरी "
        + "बार कब उपयोग हुआ और कब समाप्त होगा, उसका ब्राउज़र "
        + "(यूज़र एजेंट) और छोटा किया गया नेटवर्क पता; "
        + "और हमारे भेजे गए सत्यापन कोड: किस पते या "
        + "फ़ोन पर, कब, और क्या उनका उपयोग हुआ। गोपनीय "
        + "मान (टोकन और कोड के हैश) शामिल नहीं हैं।");

    public string Name => "sessions";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Session), typeof(OneTimeCode)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var codes = await db.OneTimeCodes.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (sessions.Count == 0 && codes.Count == 0)
        {
            return null;
        }

        return AreaExport.Of(new
        {
            Sessions = sessions.Select(s => new
            {
                s.Id,
                s.CreatedAt,
                s.LastUsedAt,
                s.ExpiresAt,
                s.RevokedAt,
                s.RevokedReason,
                s.UserAgent,
                s.IpAddress,
                RefreshTokensIssued = s.Tokens.Count,
            }),
            VerificationCodes = codes.Select(c => new { c.Purpose, SentTo = c.Target, c.CreatedAt, c.ExpiresAt, c.ConsumedAt, c.FailedAttempts }),
        });
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        // Refresh tokens go with their session (ON DELETE CASCADE).
        await db.Sessions.Where(s => s.UserId == context.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.OneTimeCodes.Where(c => c.UserId == context.UserId).ExecuteDeleteAsync(cancellationToken);
    }
}
