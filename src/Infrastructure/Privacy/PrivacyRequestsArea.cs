using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomiseYou.Infrastructure.Privacy;

/// <summary>
/// The subject's exports and erasures. The requests stay (evidence that they were answered), but an export archive is
/// a full copy of the person's data: erasure deletes every ready one and withdraws its link.
/// </summary>
internal sealed class PrivacyRequestsArea(AppDbContext db, IFileStore files) : IPersonalDataArea
{
    private static readonly IReadOnlyDictionary<string, string> Texts = ExportJson.Texts(
        "Your privacy requests (exports and erasures): when they were made, by whom (you or a compliance officer), their deadline and status.",
        "Ihre Datenschutzanfragen (Auskünfte und Löschungen): wann sie gestellt wurden, "
        + "von wem (von Ihnen oder einem Datenschutzbeauftragten), ihre Frist und ihr Status.",
        "आपके गोपनीयता अनुरोध (निर्यात और मिटाना): "
        + "कब किए गए, किसने (आपने या किसी अनुपालन "
        + "अधिकारी ने), उनकी समय-सीमा और स्थिति।");

    public string Name => "privacy-requests";

    public IReadOnlyDictionary<string, string> Description => Texts;

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(PrivacyRequest)];

    public async Task<AreaExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var requests = await db.PrivacyRequests.AsNoTracking().Where(r => r.SubjectUserId == userId).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return requests.Count == 0
            ? null
            : AreaExport.Of(requests
                .Select(r => new { r.Id, r.Kind, r.Status, RequestedBy = r.RequestedByRole, r.RequestedAt, r.DueBy, r.CompletedAt, r.ExpiresAt })
                .ToList());
    }

    public async Task EraseAsync(ErasureContext context, CancellationToken cancellationToken)
    {
        var ready = await db.PrivacyRequests
            .Where(r => r.SubjectUserId == context.UserId && r.Kind == PrivacyRequestKind.Export && r.Status == PrivacyRequestStatus.Ready)
            .ToListAsync(cancellationToken);
        foreach (var export in ready)
        {
            await files.DeleteAsync(export.FileKey!, cancellationToken);
            export.Expire();
        }
    }
}
