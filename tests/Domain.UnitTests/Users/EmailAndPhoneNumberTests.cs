using CustomiseYou.Domain.Users;

namespace CustomiseYou.Domain.UnitTests.Users;

public sealed class EmailAndPhoneNumberTests
{
    [Theory]
    [InlineData("Asha@Example.COM", "asha@example.com")]
    [InlineData("  asha@example.com\t", "asha@example.com")]
    [InlineData("already@lower.case", "already@lower.case")]
    public void Email_normalize_trims_and_lowercases(string input, string expected) => Email.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("asha@example.com")]
    [InlineData("a.b+tag@sub.example.co.in")]
    [InlineData(" asha@example.com ")]
    public void Email_is_valid_accepts_plain_addresses(string email) => Email.IsValid(email).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("asha")]
    [InlineData("asha@example")]
    [InlineData("@example.com")]
    [InlineData("asha@@example.com")]
    [InlineData("as ha@example.com")]
    [InlineData("asha@exa mple.com")]
    [InlineData("asha@example.")]
    public void Email_is_valid_rejects_malformed_addresses(string? email) => Email.IsValid(email).ShouldBeFalse();

    [Fact]
    public void Email_is_valid_rejects_addresses_over_254_characters()
    {
        var local = new string('a', 64);
        var tooLong = local + "@" + new string('d', 254 - local.Length - 1 - 4 + 1) + ".com";
        tooLong.Length.ShouldBe(255);

        Email.IsValid(tooLong).ShouldBeFalse();
        Email.IsValid(tooLong[1..]).ShouldBeTrue();
    }

    [Theory]
    [InlineData("asha@example.com", "a***@example.com")]
    [InlineData("x@y.in", "x***@y.in")]
    [InlineData("@example.com", "***")]
    [InlineData("no-at-sign", "***")]
    public void Email_mask_keeps_the_first_letter_and_the_domain(string email, string expected) => Email.Mask(email).ShouldBe(expected);

    [Theory]
    [InlineData("+4915112345678")]
    [InlineData("+919876543210")]
    [InlineData("+12345678")]
    [InlineData("+123456789012345")]
    public void PhoneNumber_is_valid_accepts_E164(string phone) => PhoneNumber.IsValid(phone).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4915112345678")]
    [InlineData("+04915112345678")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("+49 151 12345678")]
    [InlineData("+49-151-12345678")]
    [InlineData("+49151123456a8")]
    [InlineData(" +4915112345678")]
    public void PhoneNumber_is_valid_rejects_anything_else(string? phone) => PhoneNumber.IsValid(phone).ShouldBeFalse();

    [Theory]
    [InlineData("+4915112345678", "**********5678")]
    [InlineData("+123", "***")]
    public void PhoneNumber_mask_keeps_the_last_four_digits(string phone, string expected) => PhoneNumber.Mask(phone).ShouldBe(expected);
}
