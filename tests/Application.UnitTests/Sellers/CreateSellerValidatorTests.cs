using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Application.Sellers.CreateSeller;
using CustomiseYou.Application.UnitTests.Fakes;
using FluentValidation.Results;

namespace CustomiseYou.Application.UnitTests.Sellers;

public sealed class CreateSellerValidatorTests
{
    private static readonly AddressDto Address = new("12 MG Road", null, "Bengaluru", "KA", "560001", "IN");
    private static readonly CreateSellerCommand Valid = new("Diya Crafts", "Diya Crafts Pvt Ltd", "IN", Address, "acc_ABC123");
    private readonly CreateSellerValidator _validator = new();

    static CreateSellerValidatorTests() => ApplicationConventions.EnsureApplied();

    [Fact]
    public void Valid_command_passes() => Validate(Valid).IsValid.ShouldBeTrue();

    [Fact]
    public void Without_payout_account_passes() => Validate(Valid with { PayoutAccount = null }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("acct_1NabcDEF23")]
    [InlineData("acc_Jk8sPq2L")]
    public void Stripe_or_razorpay_account_passes(string account) => Validate(Valid with { PayoutAccount = account }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("acct_123")]
    [InlineData("ac_1234567")]
    [InlineData("acct_12345-6")]
    [InlineData("ACCT_1234567")]
    [InlineData("acct_1234567 ")]
    [InlineData("")]
    public void Malformed_payout_account_fails_on_payout_account(string account) =>
        ShouldFailOnlyOn(Valid with { PayoutAccount = account }, "payoutAccount");

    [Theory]
    [InlineData("A")]
    [InlineData(" B ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Too_short_or_missing_business_name_fails_on_business_name(string? name) =>
        ShouldFailOnlyOn(Valid with { BusinessName = name! }, "businessName");

    [Fact]
    public void Names_of_two_and_two_hundred_characters_pass() =>
        Validate(Valid with { BusinessName = "Ab", LegalName = new string('x', 200) }).IsValid.ShouldBeTrue();

    [Fact]
    public void Legal_name_over_200_characters_fails_on_legal_name() =>
        ShouldFailOnlyOn(Valid with { LegalName = new string('x', 201) }, "legalName");

    [Theory]
    [InlineData("in")]
    [InlineData("IND")]
    [InlineData("XK")]
    [InlineData("EU")]
    [InlineData("ZZ")]
    [InlineData("")]
    public void Country_that_is_not_an_assigned_upper_case_code_fails_on_country(string country) =>
        Validate(Valid with { Country = country }).Errors.ShouldContain(e => e.PropertyName == "country");

    [Fact]
    public void Address_country_different_from_country_fails_on_address_country() =>
        ShouldFailOnlyOn(Valid with { Address = Address with { Country = "DE" } }, "address.country");

    [Fact]
    public void European_seller_passes() =>
        Validate(Valid with { Country = "DE", Address = new AddressDto("Hauptstraße 5", "2. OG", "Berlin", null, "10115", "DE") })
            .IsValid.ShouldBeTrue();

    [Fact]
    public void Missing_address_fails_on_address() => ShouldFailOnlyOn(Valid with { Address = null! }, "address");

    [Fact]
    public void Address_field_errors_use_nested_camel_case_paths()
    {
        var result = Validate(Valid with
        {
            Address = new AddressDto("", new string('x', 201), " ", new string('r', 101), new string('9', 21), "IN"),
        });

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(
            ["address.line1", "address.line2", "address.city", "address.region", "address.postalCode"], ignoreOrder: true);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var result = Validate(new CreateSellerCommand("", "x", "de", Address with { Line1 = "" }, "paypal-me"));

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(
            ["businessName", "legalName", "country", "address.line1", "payoutAccount"], ignoreOrder: true);
    }

    [Fact]
    public void CountryCodes_hold_the_assigned_codes_only()
    {
        CountryCodes.All.Count.ShouldBe(249);
        CountryCodes.All.ShouldAllBe(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper));
        CountryCodes.IsValid("IN").ShouldBeTrue();
        CountryCodes.IsValid("DE").ShouldBeTrue();
        CountryCodes.IsValid(null).ShouldBeFalse();
    }

    private ValidationResult Validate(CreateSellerCommand command) => _validator.Validate(command);

    private void ShouldFailOnlyOn(CreateSellerCommand command, string property)
    {
        var result = Validate(command);

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.PropertyName == property);
    }
}
