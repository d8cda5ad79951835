using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>
/// Opens exports and erasures, for the subject themselves or by an officer. Asking again while one is still open
/// answers with the open one instead of queueing a duplicate. The job does the work later (ProcessPrivacyRequests).
/// </summary>
public sealed class PrivacyRequests(
    IPrivacyRequestRepository requests,
    IUserRepository users,
    ErasureBlockers blockers,
    PrivacyAudit audit,
    ITenantContext tenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<Result<PrivacyRequestDto>> RequestExportAsync(
        Guid subjectUserId, PrivacyActorRole role, string? reason, string locale, CancellationToken cancellationToken)
    {
        var subject = await users.GetByIdAsync(subjectUserId, cancellationToken);
        if (subject is null || subject.IsErased)
        {
            return PrivacyErrors.SubjectNotFound(subjectUserId);
        }

        var now = clock.GetUtcNow();
        var requester = currentUser.RequiredUserId;
        var viaCompliance = role != PrivacyActorRole.Subject;
        if (await requests.GetOpenAsync(subjectUserId, PrivacyRequestKind.Export, requester, cancellationToken) is { } open)
        {
            return PrivacyRequestDto.From(open, now, viaCompliance);
        }

        var request = PrivacyRequest.RequestExport(
            Guid.CreateVersion7(now), subjectUserId, requester, role, reason, locale, now, tenant.Tenant.Privacy.ExportDeadline);
        requests.Add(request);
        audit.Record(AuditAction.ExportRequested, role, subjectUserId, request.Id, request.Reason);
        return PrivacyRequestDto.From(request, now, viaCompliance);
    }

    /// <summary>409 with every reason when something must be kept; the job checks again before erasing.</summary>
    public async Task<Result<PrivacyRequestDto>> RequestErasureAsync(
        Guid subjectUserId, PrivacyActorRole role, string? reason, CancellationToken cancellationToken)
    {
        var subject = await users.GetByIdAsync(subjectUserId, cancellationToken);
        if (subject is null)
        {
            return PrivacyErrors.SubjectNotFound(subjectUserId);
        }

        if (subject.IsErased)
        {
            return PrivacyErrors.AlreadyErased(subjectUserId);
        }

        var now = clock.GetUtcNow();
        var viaCompliance = role != PrivacyActorRole.Subject;
        if (await requests.GetOpenAsync(subjectUserId, PrivacyRequestKind.Erasure, requestedBy: null, cancellationToken) is { } open)
        {
            return PrivacyRequestDto.From(open, now, viaCompliance);
        }

        var found = await blockers.FindAsync(subjectUserId, cancellationToken);
        if (found.Count > 0)
        {
            return PrivacyErrors.ErasureBlocked(found);
        }

        var request = PrivacyRequest.RequestErasure(
            Guid.CreateVersion7(now), subjectUserId, currentUser.RequiredUserId, role, reason, now, tenant.Tenant.Privacy.ErasureDeadline);
        requests.Add(request);
        audit.Record(AuditAction.ErasureRequested, role, subjectUserId, request.Id, request.Reason);
        return PrivacyRequestDto.From(request, now, viaCompliance);
    }
}
