using CustomiseYou.Application.Privacy.Common;
using CustomiseYou.Domain.ApiKeys;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.ApiKeys.Common;

internal static class ApiKeyAudit
{
    /// <summary>Key management is audited like role grants: a secret key opens someone's orders and payouts.</summary>
    public static void Record(this PrivacyAudit audit, AuditAction action, ApiKey key, string? detail = null) =>
        audit.Record(action, audit.OfficerRole, key.OwnerUserId, key.Id, reason: null,
            detail: $"key={key.PublicId} kind={key.Kind}" + (detail is null ? "" : " " + detail));
}
