using System.Globalization;
using CustomiseYou.Domain.Customization.Pricing;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>Per-character prices count what a person counts, whatever the script.</summary>
public class CharacterCountingTests
{
    private static readonly Domain.Customization.CustomizationSchema PerCharacterSchema =
        Schema(NewText("engraving") with { Pricing = Rules(new PerCharacter(Inr(10m))) });

    [Theory]
    [InlineData("नमस्ते", 3)] // न म स्ते: the conjunct स्ते is one character to a reader
    [InlineData("क्षत्रिय", 3)] // क्ष त्रि य
    [InlineData("राम श्याम", 4)] // रा म श्या म, the space is free
    [InlineData("👍🏽", 1)] // thumbs up with a skin tone
    [InlineData("👨‍👩‍👧‍👦", 1)] // a ZWJ family of four
    [InlineData("Cafe\u0301", 4)] // e + combining acute
    [InlineData("A  B\u00A0\u3000C", 3)] // no-break and ideographic spaces are free too
    public void Characters_are_user_perceived_and_whitespace_is_free(string text, int characters)
    {
        var quote = QuoteOf(PerCharacterSchema, Inr(0m), Selection(("engraving", Text(text))));

        quote.UnitPrice.ShouldBe(Inr(10m * characters));
    }

    [Fact]
    public void Emoji_count_exactly_as_the_runtimes_grapheme_clusters()
    {
        const string emoji = "👍🏽👨‍👩‍👧‍👦";

        var quote = QuoteOf(PerCharacterSchema, Inr(0m), Selection(("engraving", Text(emoji))));

        quote.UnitPrice.ShouldBe(Inr(10m * new StringInfo(emoji).LengthInTextElements));
        quote.UnitPrice.ShouldBe(Inr(20m));
    }

    [Fact]
    public void Devanagari_conjuncts_join_clusters_the_runtime_splits_at_a_virama()
    {
        const string greeting = "नमस्ते";
        var runtimeClusters = new StringInfo(greeting).LengthInTextElements; // 4 before Unicode 15.1's rule GB9c, 3 after

        var quote = QuoteOf(PerCharacterSchema, Inr(0m), Selection(("engraving", Text(greeting))));

        runtimeClusters.ShouldBeInRange(3, 4);
        quote.UnitPrice.ShouldBe(Inr(30m));
    }
}
