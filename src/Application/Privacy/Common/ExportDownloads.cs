using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>
/// Opens a ready export for download: only its requester (self-service) or a compliance officer, only while the
/// link is valid. Every download is audited.
/// </summary>
public sealed class ExportDownloads(
    IPrivacyRequestRepository requests, IFileStore files, PrivacyAudit audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<ExportDownload>> OpenAsync(Guid id, PrivacyActorRole role, CancellationToken cancellationToken)
    {
        var request = await requests.GetByIdAsync(id, cancellationToken);
        if (request is null || request.Kind != PrivacyRequestKind.Export
            || (role == PrivacyActorRole.Subject && request.RequestedBy != currentUser.RequiredUserId))
        {
            return PrivacyErrors.RequestNotFound(id);
        }

        var status = request.StatusAt(clock.GetUtcNow());
        if (status == PrivacyRequestStatus.Expired)
        {
            return PrivacyErrors.ExportExpired(id);
        }

        if (status != PrivacyRequestStatus.Ready)
        {
            return PrivacyErrors.ExportNotReady(id, status);
        }

        var content = await files.OpenReadAsync(request.FileKey!, cancellationToken);
        if (content is null)
        {
            return PrivacyErrors.ExportExpired(id);
        }

        audit.Record(AuditAction.ExportDownloaded, role, request.SubjectUserId, request.Id, reason: null, detail: $"{request.SizeBytes} bytes");
        return new ExportDownload(content, $"customiseyou-export-{request.Id:N}.zip");
    }
}
