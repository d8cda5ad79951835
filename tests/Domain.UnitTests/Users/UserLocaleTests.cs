using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users;

namespace CustomiseYou.Domain.UnitTests.Users;

public sealed class UserLocaleTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("hi-IN")]
    public void A_user_writes_in_a_language_tag(string locale)
    {
        var user = User.Register(Guid.NewGuid(), "lena@example.com", "hash", "Lena Weber", null, DateTimeOffset.UtcNow);
        user.Locale.ShouldBeNull("until chosen, the region's first locale applies");

        user.ChangeLocale(locale);

        user.Locale.ShouldBe(locale);
        Locale.LanguageOf(locale).ShouldBe(locale[..2]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EN")]
    [InlineData("hi_IN")]
    [InlineData("de-DE-1996")]
    public void Anything_else_is_refused(string locale)
    {
        var user = User.Register(Guid.NewGuid(), "lena@example.com", "hash", "Lena Weber", null, DateTimeOffset.UtcNow);

        Should.Throw<DomainException>(() => user.ChangeLocale(locale)).Error.Details.Keys.ShouldBe(["locale"]);
    }
}
