using CustomiseYou.Application.Common.Files;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.ListSellersForReview;
using CustomiseYou.Application.Sellers.RejectKyc;
using CustomiseYou.Application.Sellers.UpdateSeller;
using CustomiseYou.Application.Sellers.UploadKycDocument;
using CustomiseYou.Application.UnitTests.Fakes;

namespace CustomiseYou.Application.UnitTests.Sellers;

public sealed class SellerCommandValidatorTests
{
    private static readonly Guid SellerId = Guid.NewGuid();

    static SellerCommandValidatorTests() => ApplicationConventions.EnsureApplied();

    [Fact]
    public void Update_with_one_field_passes() =>
        new UpdateSellerValidator().Validate(new UpdateSellerCommand(SellerId, "Diya Lamps", null, null)).IsValid.ShouldBeTrue();

    [Fact]
    public void Update_with_nothing_fails_on_body() =>
        new UpdateSellerValidator().Validate(new UpdateSellerCommand(SellerId, null, null, null))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("body");

    [Fact]
    public void Update_checks_every_supplied_field()
    {
        var result = new UpdateSellerValidator().Validate(
            new UpdateSellerCommand(SellerId, "x", new AddressDto("1 Road", null, "", null, "1", "in"), "acct_1"));

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(
            ["businessName", "address.city", "address.country", "payoutAccount"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("IdentityProof")]
    [InlineData("addressproof")]
    [InlineData("BusinessRegistration")]
    [InlineData("TaxRegistration")]
    [InlineData("BankStatement")]
    public void Upload_with_a_known_kind_passes(string kind) =>
        new UploadKycDocumentValidator().Validate(new UploadKycDocumentCommand(SellerId, kind, File())).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("Passport")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void Upload_with_an_unknown_kind_fails_on_kind(string? kind) =>
        new UploadKycDocumentValidator().Validate(new UploadKycDocumentCommand(SellerId, kind, File()))
            .Errors.ShouldAllBe(e => e.PropertyName == "kind");

    [Fact]
    public void Upload_without_a_file_fails_on_file() =>
        new UploadKycDocumentValidator().Validate(new UploadKycDocumentCommand(SellerId, "IdentityProof", null))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("file");

    [Fact]
    public void Reject_with_a_reason_of_up_to_1000_characters_passes() =>
        new RejectKycValidator().Validate(new RejectKycCommand(SellerId, new string('r', 1000))).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Reject_without_a_reason_fails_on_reason(string? reason) =>
        new RejectKycValidator().Validate(new RejectKycCommand(SellerId, reason!)).Errors.ShouldAllBe(e => e.PropertyName == "reason");

    [Fact]
    public void Reject_with_a_reason_over_1000_characters_fails_on_reason() =>
        new RejectKycValidator().Validate(new RejectKycCommand(SellerId, new string('r', 1001)))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("reason");

    [Fact]
    public void List_with_defaults_passes() =>
        new ListSellersForReviewValidator().Validate(new ListSellersForReviewQuery(null, null, null)).IsValid.ShouldBeTrue();

    [Fact]
    public void List_with_a_status_limit_and_cursor_it_issued_passes()
    {
        var cursor = new SellerCursor(DateTimeOffset.UtcNow, Guid.NewGuid()).Encode();

        new ListSellersForReviewValidator().Validate(new ListSellersForReviewQuery("Submitted", 100, cursor)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void List_with_bad_parameters_reports_each()
    {
        var result = new ListSellersForReviewValidator().Validate(new ListSellersForReviewQuery("Pending", 0, "not-a-cursor"));

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(["kycStatus", "limit", "cursor"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-5)]
    public void List_with_a_limit_outside_1_to_100_fails_on_limit(int limit) =>
        new ListSellersForReviewValidator().Validate(new ListSellersForReviewQuery(null, limit, null))
            .Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("limit");

    [Fact]
    public void Cursor_round_trips_through_its_opaque_url_safe_form()
    {
        var cursor = new SellerCursor(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5.5)).AddTicks(7), Guid.NewGuid());

        var token = cursor.Encode();

        token.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        SellerCursor.TryDecode(token, out var decoded).ShouldBeTrue();
        decoded.ShouldBe(cursor);
        decoded.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        SellerCursor.TryDecode(token[..^2], out _).ShouldBeFalse();
        SellerCursor.TryDecode("", out _).ShouldBeFalse();
    }

    private static UploadedFile File() => new(new MemoryStream("%PDF-1.7"u8.ToArray()), 8);
}
