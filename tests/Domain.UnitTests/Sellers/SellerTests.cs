using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers;
using CustomiseYou.Domain.Sellers.Events;

namespace CustomiseYou.Domain.UnitTests.Sellers;

public sealed class SellerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Admin = Guid.NewGuid();
    private static readonly Address Address = new("12 MG Road", null, "Bengaluru", "KA", "560001", "IN");

    [Fact]
    public void Apply_starts_in_draft_with_the_owner_as_first_actor()
    {
        var seller = Seller.Apply(Guid.NewGuid(), Owner, "  Diya Crafts ", " Diya Crafts Pvt Ltd ", Address, "acc_ABC123", Now);

        seller.KycStatus.ShouldBe(KycStatus.Draft);
        seller.IsVerified.ShouldBeFalse();
        seller.BusinessName.ShouldBe("Diya Crafts");
        seller.LegalName.ShouldBe("Diya Crafts Pvt Ltd");
        seller.Country.ShouldBe("IN");
        seller.PayoutAccount.ShouldBe("acc_ABC123");
        seller.CreatedAt.ShouldBe(Now);
        seller.KycHistory.ShouldHaveSingleItem().ShouldBe(new KycDecision(KycStatus.Draft, Owner, Now, null));
        seller.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_without_any_document_is_a_rule_violation()
    {
        var seller = NewSeller();

        var error = Should.Throw<DomainException>(() => seller.Submit(Now)).Error;

        error.Type.ShouldBe(ErrorType.RuleViolation);
        error.Code.ShouldBe("seller.kyc_documents_required");
        seller.KycStatus.ShouldBe(KycStatus.Draft);
    }

    [Fact]
    public void Submit_after_a_document_moves_to_submitted_and_raises_an_event()
    {
        var seller = NewSeller();
        AddDocument(seller, Now.AddMinutes(1));

        seller.Submit(Now.AddMinutes(2));

        seller.KycStatus.ShouldBe(KycStatus.Submitted);
        seller.KycHistory.Last().ShouldBe(new KycDecision(KycStatus.Submitted, Owner, Now.AddMinutes(2), null));
        seller.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SellerKycChanged(seller.Id, KycStatus.Submitted, Now.AddMinutes(2)));
    }

    [Fact]
    public void Approve_records_the_admin_and_time()
    {
        var seller = Submitted();

        seller.Approve(Admin, Now.AddHours(1));

        seller.KycStatus.ShouldBe(KycStatus.Verified);
        seller.IsVerified.ShouldBeTrue();
        seller.KycHistory.Last().ShouldBe(new KycDecision(KycStatus.Verified, Admin, Now.AddHours(1), null));
    }

    [Fact]
    public void Reject_records_the_admin_time_and_trimmed_reason()
    {
        var seller = Submitted();

        seller.Reject(Admin, "  Address proof is blurred.  ", Now.AddHours(1));

        seller.KycStatus.ShouldBe(KycStatus.Rejected);
        seller.RejectionReason.ShouldBe("Address proof is blurred.");
        seller.KycHistory.Last().ShouldBe(new KycDecision(KycStatus.Rejected, Admin, Now.AddHours(1), "Address proof is blurred."));
    }

    [Fact]
    public void Resubmit_after_rejection_needs_a_document_newer_than_the_rejection()
    {
        var seller = Submitted();
        seller.Reject(Admin, "Blurred", Now.AddHours(1));

        Should.Throw<DomainException>(() => seller.Submit(Now.AddHours(2))).Error.Code.ShouldBe("seller.kyc_documents_required");

        AddDocument(seller, Now.AddHours(3));
        seller.Submit(Now.AddHours(4));
        seller.KycStatus.ShouldBe(KycStatus.Submitted);

        seller.Approve(Admin, Now.AddHours(5));
        seller.RejectionReason.ShouldBeNull();
        seller.KycHistory.Select(h => h.Status).ShouldBe(
            [KycStatus.Draft, KycStatus.Submitted, KycStatus.Rejected, KycStatus.Submitted, KycStatus.Verified]);
    }

    [Fact]
    public void Documents_cannot_be_added_while_under_review_or_once_verified()
    {
        var seller = Submitted();

        Should.Throw<DomainException>(() => AddDocument(seller, Now.AddMinutes(10))).Error.Type.ShouldBe(ErrorType.Conflict);

        seller.Approve(Admin, Now.AddHours(1));
        var error = Should.Throw<DomainException>(() => AddDocument(seller, Now.AddHours(2))).Error;
        error.Type.ShouldBe(ErrorType.Conflict);
        error.Code.ShouldBe("seller.kyc_locked");
        seller.Documents.Count.ShouldBe(1);
    }

    [Fact]
    public void Documents_are_capped_per_seller()
    {
        var seller = NewSeller();
        for (var i = 0; i < Seller.MaxDocuments; i++)
        {
            AddDocument(seller, Now.AddMinutes(i));
        }

        Should.Throw<DomainException>(() => AddDocument(seller, Now.AddHours(1))).Error.Code.ShouldBe("seller.kyc_too_many_documents");
    }

    [Theory]
    [InlineData(KycStatus.Draft)]
    [InlineData(KycStatus.Verified)]
    [InlineData(KycStatus.Rejected)]
    public void Decisions_on_anything_but_submitted_are_conflicts(KycStatus status)
    {
        var seller = InStatus(status);
        var historyLength = seller.KycHistory.Count;

        Should.Throw<DomainException>(() => seller.Approve(Admin, Now.AddDays(1))).Error.Type.ShouldBe(ErrorType.Conflict);
        Should.Throw<DomainException>(() => seller.Reject(Admin, "No", Now.AddDays(1))).Error.Type.ShouldBe(ErrorType.Conflict);
        seller.KycStatus.ShouldBe(status);
        seller.KycHistory.Count.ShouldBe(historyLength);
    }

    [Theory]
    [InlineData(KycStatus.Submitted)]
    [InlineData(KycStatus.Verified)]
    public void Submit_from_submitted_or_verified_is_a_conflict(KycStatus status)
    {
        var seller = InStatus(status);

        Should.Throw<DomainException>(() => seller.Submit(Now.AddDays(1))).Error.Code.ShouldBe("seller.kyc_transition");
    }

    [Fact]
    public void UpdateProfile_changes_only_what_is_supplied()
    {
        var seller = NewSeller();
        var moved = new Address("1 Park Street", "Floor 2", "Kolkata", null, "700016", "IN");

        seller.UpdateProfile(null, moved, null);
        seller.UpdateProfile(" Diya Lamps ", null, "acc_NEW12345");

        seller.BusinessName.ShouldBe("Diya Lamps");
        seller.Address.ShouldBe(moved);
        seller.PayoutAccount.ShouldBe("acc_NEW12345");
        seller.LegalName.ShouldBe("Diya Crafts Pvt Ltd");
    }

    private static Seller NewSeller() => Seller.Apply(Guid.NewGuid(), Owner, "Diya Crafts", "Diya Crafts Pvt Ltd", Address, null, Now);

    private static Seller Submitted()
    {
        var seller = NewSeller();
        AddDocument(seller, Now.AddMinutes(1));
        seller.Submit(Now.AddMinutes(2));
        return seller;
    }

    private static Seller InStatus(KycStatus status)
    {
        if (status == KycStatus.Draft)
        {
            return NewSeller();
        }

        var seller = Submitted();
        if (status == KycStatus.Verified)
        {
            seller.Approve(Admin, Now.AddHours(1));
        }
        else if (status == KycStatus.Rejected)
        {
            seller.Reject(Admin, "Blurred", Now.AddHours(1));
        }

        return seller;
    }

    private static KycDocument AddDocument(Seller seller, DateTimeOffset at) =>
        seller.AddDocument(Guid.NewGuid(), KycDocumentKind.IdentityProof, $"kyc/2026/11/{Guid.NewGuid():N}.pdf", FileKind.Pdf, 1234, at);
}
