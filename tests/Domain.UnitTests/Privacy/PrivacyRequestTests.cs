using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Privacy;

namespace CustomiseYou.Domain.UnitTests.Privacy;

public sealed class PrivacyRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    private static PrivacyRequest Export() =>
        PrivacyRequest.RequestExport(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PrivacyActorRole.Subject, null, "de", Now, Month);

    private static PrivacyRequest Erasure() =>
        PrivacyRequest.RequestErasure(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PrivacyActorRole.Compliance, "  ticket 42 ", Now, Month);

    [Fact]
    public void An_export_goes_from_requested_through_running_to_ready_and_expires_with_its_link()
    {
        var export = Export();
        export.DueBy.ShouldBe(Now + Month);

        export.TryStart(Now).ShouldBeTrue();
        export.Status.ShouldBe(PrivacyRequestStatus.Running);
        export.MarkReady("privacy-exports/2026/11/abc.zip", 1234, Now.AddMinutes(1), TimeSpan.FromDays(7));

        export.StatusAt(Now.AddDays(7)).ShouldBe(PrivacyRequestStatus.Ready);
        export.StatusAt(Now.AddDays(7).AddMinutes(1)).ShouldBe(PrivacyRequestStatus.Expired);
        export.Expire();
        export.Status.ShouldBe(PrivacyRequestStatus.Expired);
        export.FileKey.ShouldBeNull();
    }

    [Fact]
    public void A_claim_holds_for_its_lease_and_a_request_fails_after_its_last_attempt()
    {
        var request = Erasure();

        request.TryStart(Now).ShouldBeTrue();
        request.TryStart(Now.AddMinutes(1)).ShouldBeFalse("another run holds the lease");
        request.TryStart(Now + PrivacyRequest.Lease).ShouldBeTrue("a lapsed lease is claimed again");
        request.TryStart(Now + (2 * PrivacyRequest.Lease)).ShouldBeTrue();
        request.Attempts.ShouldBe(PrivacyRequest.MaxAttempts);

        request.TryStart(Now + (3 * PrivacyRequest.Lease)).ShouldBeFalse();
        request.Status.ShouldBe(PrivacyRequestStatus.Failed);
        request.IsDue(Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_erasure_completes_or_is_blocked_with_its_reasons_and_keeps_its_trimmed_reason()
    {
        var completed = Erasure();
        completed.Reason.ShouldBe("ticket 42");
        completed.TryStart(Now);
        completed.Complete(Now);
        completed.Status.ShouldBe(PrivacyRequestStatus.Completed);

        var blocked = Erasure();
        blocked.TryStart(Now);
        blocked.Block(["openOrders: 1 order is still open."], Now);
        blocked.Status.ShouldBe(PrivacyRequestStatus.Blocked);
        blocked.Blockers.ShouldBe(["openOrders: 1 order is still open."]);
    }

    [Fact]
    public void Steps_out_of_order_are_conflicts()
    {
        Should.Throw<DomainException>(() => Export().MarkReady("k", 1, Now, TimeSpan.FromDays(7))).Error.Code.ShouldBe("privacy.request_state");
        Should.Throw<DomainException>(() => Erasure().Complete(Now)).Error.Type.ShouldBe(ErrorType.Conflict);
        var export = Export();
        export.TryStart(Now);
        Should.Throw<DomainException>(() => export.Complete(Now)).Error.Code.ShouldBe("privacy.request_state");
    }
}
