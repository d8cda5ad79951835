using CustomiseYou.Application.Privacy.Common;

namespace CustomiseYou.Application.UnitTests.Privacy;

public sealed class ExportLocaleTests
{
    [Theory]
    [InlineData("de-AT", null, "en", "de")]
    [InlineData(null, "fr-FR, de;q=0.8, en;q=0.5", "en", "de")]
    [InlineData(null, "en;q=0.2, hi-IN;q=0.9", "en", "hi")]
    [InlineData(null, "*", "hi-IN", "hi")]
    [InlineData("fr", "es", "fr", "en")]
    [InlineData(null, null, "en-IN", "en")]
    [InlineData("", "de;q=0", "fr", "en")]
    public void The_readme_language_is_the_asked_then_accepted_then_regional_one_falling_back_to_english(
        string? requested, string? acceptLanguage, string regionLocale, string expected) =>
        ExportLocale.Resolve(requested, acceptLanguage, [regionLocale]).ShouldBe(expected);
}
