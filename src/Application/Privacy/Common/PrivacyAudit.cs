using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

/// <summary>Writes audit log lines for the current caller (or the scheduler, outside a request), in the use case's transaction.</summary>
public sealed class PrivacyAudit(IAuditEntryRepository entries, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The capacity an officer acts in: compliance wins over admin when someone holds both.</summary>
    public PrivacyActorRole OfficerRole => currentUser.IsInRole(Roles.Compliance) ? PrivacyActorRole.Compliance : PrivacyActorRole.Admin;

    public void Record(AuditAction action, PrivacyActorRole role, Guid? subjectUserId, Guid? targetId, string? reason, string? detail = null)
    {
        var actor = role == PrivacyActorRole.System ? null : currentUser.UserId;
        entries.Add(AuditEntry.Record(clock.GetUtcNow(), actor, role, action, subjectUserId, targetId, reason, detail));
    }
}
