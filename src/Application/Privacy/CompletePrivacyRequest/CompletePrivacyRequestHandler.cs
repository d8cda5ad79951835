using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;
using CustomiseYou.Domain.Users;
using Mediator;

namespace CustomiseYou.Application.Privacy.CompletePrivacyRequest;

/// <summary>
/// Exports: the archive goes to the region's file store and the link is valid for the region's set days. Erasures:
/// blockers are checked again (an order may have been placed since the request); with none, every area erases in
/// this one transaction under one fresh pseudonymous id, and running it again finds nothing left to change.
/// Should the commit fail after an archive was stored, that file has no row pointing at it: the privacy-exports
/// area of the store should carry a lifecycle rule deleting objects older than the link validity (docs/privacy.md).
/// </summary>
public sealed class CompletePrivacyRequestHandler(
    IPrivacyRequestRepository requests, IUserRepository users, IEnumerable<IPersonalDataArea> areas, ExportArchive archive, ErasureBlockers blockers,
    PrivacyAudit audit, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CompletePrivacyRequestCommand, Result<PrivacyRequestStatus>>
{
    public async ValueTask<Result<PrivacyRequestStatus>> Handle(CompletePrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await requests.GetByIdAsync(command.Id, cancellationToken);
        if (request is null)
        {
            return PrivacyErrors.RequestNotFound(command.Id);
        }

        if (request.Status != PrivacyRequestStatus.Running)
        {
            return request.Status;
        }

        if (request.Kind == PrivacyRequestKind.Export)
        {
            await ExportAsync(request, cancellationToken);
        }
        else
        {
            await EraseAsync(request, cancellationToken);
        }

        return request.Status;
    }

    private async Task ExportAsync(PrivacyRequest request, CancellationToken cancellationToken)
    {
        var subject = await users.GetByIdAsync(request.SubjectUserId, cancellationToken);
        if (subject is null || subject.IsErased)
        {
            request.Fail(clock.GetUtcNow());
            return;
        }

        var stored = await archive.BuildAsync(request, cancellationToken);
        request.MarkReady(stored.Key, stored.SizeBytes, clock.GetUtcNow(), tenant.Tenant.Privacy.ExportLinkValidity);
    }

    private async Task EraseAsync(PrivacyRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await blockers.FindAsync(request.SubjectUserId, cancellationToken);
        if (found.Count > 0)
        {
            request.Block(found.Select(b => $"{b.Code}: {b.Message}"), now);
            audit.Record(AuditAction.ErasureBlocked, PrivacyActorRole.System, request.SubjectUserId, request.Id, reason: null,
                detail: string.Join(",", found.Select(b => b.Code).Distinct()));
            return;
        }

        var context = new ErasureContext(request.SubjectUserId, Guid.NewGuid(), now);
        foreach (var area in areas)
        {
            await area.EraseAsync(context, cancellationToken);
        }

        request.Complete(now);
        audit.Record(AuditAction.ErasureCompleted, PrivacyActorRole.System, request.SubjectUserId, request.Id, reason: null,
            detail: string.Join(",", areas.Select(a => a.Name)));
    }
}
