using System.Text;
using CustomiseYou.Domain.Catalog;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.UnitTests.Catalog;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Crème Brûlée Gifts", "creme-brulee-gifts")]
    [InlineData("Home & Living", "home-living")]
    [InlineData("Top 10 Gifts", "top-10-gifts")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("MUGS", "mugs")]
    [InlineData("Ünïcödé Çafé", "unicode-cafe")]
    public void From_lower_cases_and_joins_words_with_single_hyphens(string text, string expected) =>
        Slug.From(text).ShouldBe(expected);

    [Fact]
    public void From_drops_latin_accents_when_the_input_is_already_decomposed()
    {
        var decomposed = "Crème Brûlée".Normalize(NormalizationForm.FormD);

        Slug.From(decomposed).ShouldBe("creme-brulee");
    }

    [Theory]
    [InlineData("दिवाली उपहार", "दिवाली-उपहार")]
    [InlineData("राखी", "राखी")]
    [InlineData("कुंदन", "कुंदन")] // U+0941 vowel sign u and U+0902 anusvara are non-spacing marks above U+0900
    public void From_keeps_devanagari_letters_and_vowel_signs(string text, string expected)
    {
        var slug = Slug.From(text);

        slug.ShouldBe(expected);
        slug.Length.ShouldBe(expected.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! --- ???")]
    [InlineData("&")]
    public void From_refuses_text_without_letters_or_digits(string text)
    {
        var exception = Should.Throw<DomainException>(() => Slug.From(text));

        exception.Error.Code.ShouldBe("slug.empty");
    }

    [Fact]
    public void From_caps_the_length_at_max_length()
    {
        var slug = Slug.From(new string('a', Slug.MaxLength + 50));

        slug.ShouldBe(new string('a', Slug.MaxLength));
    }

    [Fact]
    public void From_does_not_end_with_a_hyphen_when_the_cap_falls_on_a_word_break()
    {
        // 119 letters, a break, then another word: the cut lands right after the hyphen.
        var text = new string('a', Slug.MaxLength - 1) + " bbb";

        var slug = Slug.From(text);

        slug.Length.ShouldBeLessThanOrEqualTo(Slug.MaxLength);
        slug.ShouldNotEndWith("-");
        slug.ShouldBe(new string('a', Slug.MaxLength - 1));
    }

    [Fact]
    public void From_keeps_text_that_fits_exactly()
    {
        var text = new string('a', Slug.MaxLength - 4) + " bbb";

        Slug.From(text).ShouldBe(new string('a', Slug.MaxLength - 4) + "-bbb");
    }
}
