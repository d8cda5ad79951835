using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Application.Privacy.Common;

public static class PrivacyErrors
{
    public static Error SubjectNotFound(Guid userId) =>
        Error.NotFound("privacy.subject_not_found", $"No account {userId} exists in this region.");

    public static Error RequestNotFound(Guid id) =>
        Error.NotFound("privacy.request_not_found", $"Privacy request {id} was not found.");

    public static Error AlreadyErased(Guid userId) =>
        Error.Conflict("privacy.already_erased", $"The data of account {userId} was already erased.");

    public static Error ExportNotReady(Guid id, PrivacyRequestStatus status) =>
        Error.Conflict("privacy.export_not_ready", $"Export {id} is {status}; it can be downloaded once it is Ready.");

    public static Error ExportExpired(Guid id) =>
        Error.Gone("privacy.export_expired", $"The download link of export {id} has expired; request a new export.");

    public static Error HoldNotFound(Guid id) =>
        Error.NotFound("privacy.hold_not_found", $"Legal hold {id} was not found.");

    /// <summary>409 whose "errors" list every reason, keyed by blocker code (openOrders, legalHold…).</summary>
    public static Error ErasureBlocked(IReadOnlyList<ErasureBlocker> blockers) =>
        Error.Conflict("privacy.erasure_blocked", "The data cannot be erased yet: " + string.Join(" ", blockers.Select(b => b.Message))) with
        {
            Details = blockers.GroupBy(b => b.Code).ToDictionary(g => g.Key, g => g.Select(b => b.Message).ToArray()),
        };
}
