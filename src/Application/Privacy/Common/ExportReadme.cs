using System.Globalization;
using System.Text;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>The README of an export, in English, German or Hindi: who it is for, one line per file, and the subject's rights.</summary>
public static class ExportReadme
{
    private sealed record Texts(
        string Title, string Intro, string Files, string Attachments, string Conventions, string Missing, string RightsTitle, string Rights);

    public static string Write(
        PrivacyRequest request, Tenant tenant, IReadOnlyList<IPersonalDataArea> areas, IReadOnlyList<string> missing, DateTimeOffset now)
    {
        var language = ExportLocale.Supported.Contains(request.Locale ?? string.Empty) ? request.Locale! : ExportLocale.Fallback;
        var texts = For(language, tenant, request, now);
        var readme = new StringBuilder();
        readme.Append("# ").AppendLine(texts.Title).AppendLine();
        readme.AppendLine(texts.Intro).AppendLine();
        readme.Append("## ").AppendLine(texts.Files).AppendLine();
        foreach (var area in areas)
        {
            var description = area.Description.TryGetValue(language, out var localised) ? localised : area.Description[ExportLocale.Fallback];
            readme.Append("- `").Append(area.Name).Append(".json`: ").AppendLine(description);
        }

        readme.AppendLine().AppendLine(texts.Attachments).AppendLine(texts.Conventions);
        if (missing.Count > 0)
        {
            readme.AppendLine().AppendLine(texts.Missing);
            foreach (var name in missing)
            {
                readme.Append("- `").Append(name).AppendLine("`");
            }
        }

        readme.AppendLine().Append("## ").AppendLine(texts.RightsTitle).AppendLine().AppendLine(texts.Rights);
        return readme.ToString();
    }

    private static Texts For(string language, Tenant tenant, PrivacyRequest request, DateTimeOffset now)
    {
        var generated = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var requested = request.RequestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var years = tenant.Privacy.FinancialRecordRetentionYears;
        var regime = tenant.Privacy.Regime;
        return language switch
        {
            "de" => new Texts(
                $"Ihre personenbezogenen Daten bei {tenant.Name}",
                $"Dieses Archiv enthält die personenbezogenen Daten, die CustomiseYou zum Konto {request.SubjectUserId} "
                + $"in der Region „{tenant.Name}“ speichert. "
                + $"Erstellt am {generated} (UTC) auf die Anfrage vom {requested} (UTC). Datenschutzregelung: {regime}. "
                + "Alle Daten dieser Region werden ausschließlich in dieser Region gespeichert.",
                "Dateien",
                "Von Ihnen hochgeladene Dateien liegen unter `files/<Bereich>/`, mit den Namen, die in den JSON-Dateien stehen.",
                "Zeitangaben sind in UTC (ISO 8601); Beträge sind Dezimalzahlen mit ihrem Währungscode.",
                "Diese Dateien wurden im Speicher nicht gefunden und fehlen in diesem Archiv:",
                "Ihre Rechte",
                "Sie können verlangen, dass wir Unrichtiges berichtigen (Name und Telefonnummer ändern Sie selbst mit `PATCH /api/v1/me`), "
                + "Ihre Daten löschen (`POST /api/v1/privacy/erasure`) und Ihre Einwilligungen jederzeit ändern (`PUT /api/v1/me/consents`). "
                + $"Bestellungen und Zahlungen bewahren wir {years} Jahre auf, soweit das Steuerrecht es verlangt; "
                + "nach der Löschung Ihres Kontos nur unter einem Pseudonym."),
            "hi" => new Texts(
                $"{tenant.Name} पर आपका व्यक्तिगत डेटा",
                "इस संग्रह में वह व्यक्तिगत डेटा है "
                + $"जो CustomiseYou क्षेत्र \"{tenant.Name}\" में खाते "
                + $"{request.SubjectUserId} के बारे में रखता है। "
                + $"यह {requested} (UTC) के अनुरोध के उत्तर में {generated} (UTC) को "
                + $"तैयार किया गया। गोपनीयता व्यवस्था: {regime}। "
                + "इस क्षेत्र का सारा डेटा केवल "
                + "इसी क्षेत्र में संग्रहीत है।",
                "फ़ाइलें",
                "आपके द्वारा अपलोड की गई फ़ाइलें "
                + "`files/<क्षेत्र>/` के अंतर्गत हैं, उन नामों "
                + "से जो JSON फ़ाइलों में दिए गए हैं।",
                "समय UTC (ISO 8601) में हैं; राशियाँ अपने मुद्रा "
                + "कोड के साथ दशमलव संख्याएँ हैं।",
                "ये फ़ाइलें भंडारण में नहीं "
                + "मिलीं और इस संग्रह में नहीं हैं:",
                "आपके अधिकार",
                "आप हमसे ग़लत जानकारी सुधारने (नाम और "
                + "फ़ोन नंबर आप स्वयं `PATCH /api/v1/me` से बदल सकते "
                + "हैं), अपना डेटा मिटाने (`POST /api/v1/privacy/erasure`) "
                + "और अपनी सहमतियाँ कभी भी बदलने "
                + "(`PUT /api/v1/me/consents`) के लिए कह सकते हैं। "
                + "जहाँ कर क़ानून इसकी माँग करता है, हम ऑर्डर "
                + $"और भुगतान {years} वर्षों तक रखते हैं; आपका खाता "
                + "मिटाए जाने के बाद केवल एक छद्म पहचान के साथ।"),
            _ => new Texts(
                $"Your personal data at {tenant.Name}",
                $"This archive holds the personal data CustomiseYou keeps about account {request.SubjectUserId} in the region \"{tenant.Name}\". "
                + $"It was prepared on {generated} (UTC) in answer to the request of {requested} (UTC). Privacy regime: {regime}. "
                + "All data of this region is stored in this region only.",
                "Files",
                "Files you uploaded are under `files/<area>/`, with the names the JSON files give them.",
                "Times are in UTC (ISO 8601); amounts are decimal numbers with their currency code.",
                "These files could not be found in storage and are missing from this archive:",
                "Your rights",
                "You may ask us to correct anything wrong here (you change your name and phone yourself with `PATCH /api/v1/me`), "
                + "to erase your data (`POST /api/v1/privacy/erasure`), and change your consents at any time (`PUT /api/v1/me/consents`). "
                + $"Where tax law requires it we keep orders and payments for {years} years; "
                + "once your account is erased, only under a pseudonymous id."),
        };
    }
}
