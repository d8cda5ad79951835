using System.Net;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.SubmitKyc;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.WebApi.IntegrationTests.Infrastructure;

namespace CustomiseYou.WebApi.IntegrationTests.Sellers;

[Collection(ApiCollection.Name)]
public sealed class KycFlowTests(ApiFactory api)
{
    private const string Tenant = "south-asia";

    [Fact]
    public async Task Rejection_then_resubmission_with_a_new_document_then_approval_keeps_a_full_trail()
    {
        var started = DateTimeOffset.UtcNow;
        var (adminId, adminToken) = await api.CreateUserAsync(Tenant, "admin");
        var admin = api.ClientWithToken(Tenant, adminToken);
        var (owner, seller) = await api.NewSellerAsync(Tenant);

        (await Problem.ReadAsync(await owner.Client.SubmitAsync(seller.Id), HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("seller.kyc_documents_required");
        (await owner.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "pan-card.pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var submitted = await (await owner.Client.SubmitAsync(seller.Id)).ReadAsync<KycStatusDto>(HttpStatusCode.Accepted);
        submitted.ShouldBe(new KycStatusDto(seller.Id, KycStatus.Submitted));

        var rejected = await (await admin.RejectAsync(seller.Id, "  The PAN card scan is unreadable.  ")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        rejected.KycStatus.ShouldBe(KycStatus.Rejected);
        rejected.RejectionReason.ShouldBe("The PAN card scan is unreadable.");

        (await Problem.ReadAsync(await owner.Client.SubmitAsync(seller.Id), HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("seller.kyc_documents_required");
        (await owner.Client.UploadAsync(seller.Id, SellerTestKit.Png, "pan-card.png", "IdentityProof", "image/png"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await owner.Client.SubmitAsync(seller.Id)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var approved = await (await admin.ApproveAsync(seller.Id)).ReadAsync<SellerDto>(HttpStatusCode.OK);
        approved.KycStatus.ShouldBe(KycStatus.Verified);
        approved.Verified.ShouldBeTrue();
        approved.RejectionReason.ShouldBeNull();

        var stored = await (await owner.Client.GetAsync($"/api/v1/sellers/{seller.Id}")).ReadAsync<SellerDto>(HttpStatusCode.OK);
        stored.KycStatus.ShouldBe(KycStatus.Verified);
        stored.Documents.Select(d => d.FileKind.ToString()).ShouldBe(["Pdf", "Png"]);
        stored.KycHistory.Select(h => (h.Status, h.ActorId, h.Reason)).ShouldBe(
        [
            (KycStatus.Draft, owner.UserId, null),
            (KycStatus.Submitted, owner.UserId, null),
            (KycStatus.Rejected, adminId, "The PAN card scan is unreadable."),
            (KycStatus.Submitted, owner.UserId, null),
            (KycStatus.Verified, adminId, null),
        ]);
        stored.KycHistory.ShouldAllBe(h => h.At >= started.AddSeconds(-1) && h.At <= DateTimeOffset.UtcNow.AddSeconds(1));
        stored.KycHistory.Select(h => h.At).ShouldBeInOrder();
        var profile = await (await api.ClientFor(Tenant).GetAsync($"/api/v1/sellers/{seller.Id}")).ReadAsync<SellerProfileDto>(HttpStatusCode.OK);
        profile.Verified.ShouldBeTrue();
        (await TestDatabases.ScalarAsync<long>(Tenant,
            "SELECT count(*) FROM outbox_messages WHERE payload->>'sellerId' = @id",
            ("id", seller.Id.ToString()))).ShouldBe(4);
    }

    [Fact]
    public async Task Only_admins_decide()
    {
        var (owner, seller) = await api.NewSubmittedSellerAsync(Tenant);

        (await Problem.ReadAsync(await owner.Client.ApproveAsync(seller.Id), HttpStatusCode.Forbidden)).Code.ShouldBe("auth.forbidden");
        (await Problem.ReadAsync(await api.ClientAs(Tenant).RejectAsync(seller.Id, "no"), HttpStatusCode.Forbidden)).Code.ShouldBe("auth.forbidden");
        (await Problem.ReadAsync(await api.ClientAs(Tenant, "seller").ApproveAsync(seller.Id), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.forbidden");
        (await Problem.ReadAsync(await api.ClientFor(Tenant).ApproveAsync(seller.Id), HttpStatusCode.Unauthorized)).Code.ShouldBe("auth.required");
        (await Problem.ReadAsync(await api.ClientFor(Tenant).RejectAsync(seller.Id, "no"), HttpStatusCode.Unauthorized))
            .Code.ShouldBe("auth.required");
        (await Problem.ReadAsync(await api.ClientAs(Tenant).GetAsync("/api/v1/admin/sellers"), HttpStatusCode.Forbidden))
            .Code.ShouldBe("auth.forbidden");
        (await api.ClientFor(Tenant).GetAsync("/api/v1/admin/sellers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await TestDatabases.ScalarAsync<string>(Tenant, "SELECT kyc_status FROM sellers WHERE id = @id", ("id", seller.Id))).ShouldBe("Submitted");
    }

    [Fact]
    public async Task Illegal_transitions_are_conflicts()
    {
        var admin = api.AdminFor(Tenant);
        var (draftOwner, draft) = await api.NewSellerAsync(Tenant);
        (await Problem.ReadAsync(await admin.ApproveAsync(draft.Id), HttpStatusCode.Conflict)).Code.ShouldBe("seller.kyc_transition");
        (await Problem.ReadAsync(await admin.RejectAsync(draft.Id, "Too early"), HttpStatusCode.Conflict)).Code.ShouldBe("seller.kyc_transition");

        var (owner, seller) = await api.NewSubmittedSellerAsync(Tenant);
        (await Problem.ReadAsync(await owner.Client.SubmitAsync(seller.Id), HttpStatusCode.Conflict)).Code.ShouldBe("seller.kyc_transition");
        (await admin.ApproveAsync(seller.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await admin.ApproveAsync(seller.Id), HttpStatusCode.Conflict)).Code.ShouldBe("seller.kyc_transition");
        (await Problem.ReadAsync(await admin.RejectAsync(seller.Id, "Changed my mind"), HttpStatusCode.Conflict))
            .Code.ShouldBe("seller.kyc_transition");
        (await Problem.ReadAsync(await owner.Client.SubmitAsync(seller.Id), HttpStatusCode.Conflict)).Code.ShouldBe("seller.kyc_transition");

        (await admin.ApproveAsync(Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await draftOwner.Client.SubmitAsync(Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_owner_submits()
    {
        var (_, seller) = await api.NewSellerAsync(Tenant);
        var stranger = await api.NewOwnerAsync(Tenant);

        (await Problem.ReadAsync(await stranger.Client.SubmitAsync(seller.Id), HttpStatusCode.Forbidden)).Code.ShouldBe("seller.forbidden");
        (await Problem.ReadAsync(await stranger.Client.UploadAsync(seller.Id, SellerTestKit.Pdf, "x.pdf"), HttpStatusCode.Forbidden))
            .Code.ShouldBe("seller.forbidden");
        (await api.ClientFor(Tenant).SubmitAsync(seller.Id)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_of_at_most_1000_characters()
    {
        var (_, seller) = await api.NewSubmittedSellerAsync(Tenant);
        var admin = api.AdminFor(Tenant);

        (await Problem.ReadAsync(await admin.RejectAsync(seller.Id, "   "), HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["reason"]);
        (await Problem.ReadAsync(await admin.RejectAsync(seller.Id, new string('r', 1001)), HttpStatusCode.BadRequest))
            .Errors.Keys.ShouldBe(["reason"]);
        (await Problem.ReadAsync(await admin.RejectAsync(seller.Id, null), HttpStatusCode.BadRequest)).Errors.Keys.ShouldBe(["reason"]);

        var rejected = await (await admin.RejectAsync(seller.Id, new string('r', 1000))).ReadAsync<SellerDto>(HttpStatusCode.OK);
        rejected.RejectionReason!.Length.ShouldBe(1000);
    }
}
