using System.Diagnostics;
using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class TextOptionTests
{
    [Fact]
    public void Valid_text_is_trimmed_composed_and_kept()
    {
        var schema = Schema(NewText("engraving"));

        var normalized = Normalized(schema, Selection(("engraving", Text("  Cafe\u0301 Asha \r\n"))));

        normalized.Values["engraving"].Text.ShouldBe("Café Asha");
    }

    [Fact]
    public void Length_is_counted_in_characters_a_person_sees()
    {
        var schema = Schema(new TextOption { Key = "name", Labels = En("Name"), MinLength = 2, MaxLength = 3 });

        Errors(schema, Selection(("name", Text("नमस्ते")))).ShouldBeEmpty(); // three conjunct-aware characters
        Errors(schema, Selection(("name", Text("a"))))["name"].ShouldBe(["Must have at least 2 characters."]);
        Errors(schema, Selection(("name", Text("abcd"))))["name"].ShouldBe(["Must have at most 3 characters."]);
    }

    [Fact]
    public void Single_line_text_rejects_line_breaks_and_multi_line_text_limits_lines()
    {
        var schema = Schema(
            NewText("single"),
            new TextOption { Key = "poem", Labels = En("Poem"), Multiline = true, MaxLines = 2 });

        var errors = Errors(schema, Selection(("single", Text("one\ntwo")), ("poem", Text("one\r\ntwo\nthree"))));

        errors["single"].ShouldBe(["Must be a single line."]);
        errors["poem"].ShouldBe(["Must have at most 2 lines."]);
        Normalized(schema, Selection(("poem", Text("one\r\ntwo")))).Values["poem"].Text.ShouldBe("one\ntwo");
    }

    [Theory]
    [InlineData(CharacterSet.LettersDigitsSpace, "Asha 30 नमस्ते", true)]
    [InlineData(CharacterSet.LettersDigitsSpace, "Asha!", false)]
    [InlineData(CharacterSet.LettersDigitsSpacePunctuation, "Hello, world! (30)", true)]
    [InlineData(CharacterSet.LettersDigitsSpacePunctuation, "I ❤ you", false)]
    [InlineData(CharacterSet.Digits, "2025", true)]
    [InlineData(CharacterSet.Digits, "20 25", false)]
    [InlineData(CharacterSet.Any, "I ❤ you 👍🏽", true)]
    public void Named_character_sets_allow_only_their_characters(CharacterSet set, string input, bool valid)
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), AllowedCharacters = set });

        Errors(schema, Selection(("text", Text(input)))).ContainsKey("text").ShouldBe(!valid);
    }

    [Fact]
    public void A_disallowed_character_is_named_in_the_error()
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), AllowedCharacters = CharacterSet.LettersDigitsSpace });

        Errors(schema, Selection(("text", Text("Hi 👍🏽"))))["text"].ShouldBe(["'👍🏽' is not allowed here."]);
    }

    [Fact]
    public void A_custom_pattern_must_match_the_whole_text()
    {
        var schema = Schema(new TextOption { Key = "code", Labels = En("Code"), AllowedPattern = "[A-Z]{2}|[A-Z]{2}-[0-9]{3}" });

        Errors(schema, Selection(("code", Text("AB-123")))).ShouldBeEmpty();
        Errors(schema, Selection(("code", Text("AB-12"))))["code"].ShouldBe(["Does not have the required format."]);
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_is_stopped_by_the_timeout_and_the_input_rejected()
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), AllowedPattern = "^(a+)+$" });
        var stopwatch = Stopwatch.StartNew();

        var errors = Errors(schema, Selection(("text", Text("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))));

        errors["text"].ShouldBe(["Could not be checked in time; please use simpler text."]);
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("You are a DARN fool", false)]
    [InlineData("darn", false)]
    [InlineData("darning socks", true)]
    [InlineData("undarned", true)]
    public void Forbidden_words_match_whole_words_ignoring_case(string input, bool valid)
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), ForbiddenWords = ["darn", "heck"] });

        Errors(schema, Selection(("text", Text(input)))).ContainsKey("text").ShouldBe(!valid);
    }

    [Fact]
    public void The_forbidden_word_is_named_as_written()
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), ForbiddenWords = ["darn"] });

        Errors(schema, Selection(("text", Text("Darn it"))))["text"].ShouldBe(["Contains a word that is not allowed: 'Darn'."]);
    }

    [Fact]
    public void A_font_pick_must_be_offered_and_is_stored_with_the_sellers_spelling()
    {
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), Fonts = ["Playfair Display", "Roboto"] });

        Normalized(schema, Selection(("text", Text("Asha", font: "roboto")))).Values["text"].Font.ShouldBe("Roboto");
        Errors(schema, Selection(("text", Text("Asha", font: "Comic Sans"))))["text"]
            .ShouldBe(["Font 'Comic Sans' is not offered; choose one of: Playfair Display, Roboto."]);
    }

    [Fact]
    public void Control_characters_and_bidirectional_overrides_are_rejected()
    {
        var schema = Schema(NewText("text"));

        Errors(schema, Selection(("text", Text("Asha\u0007")))).ContainsKey("text").ShouldBeTrue();
        Errors(schema, Selection(("text", Text("Asha\u202Eevil")))).ContainsKey("text").ShouldBeTrue();
        Errors(schema, Selection(("text", Text("Asha\uD800")))).ContainsKey("text").ShouldBeTrue();
    }

    [Fact]
    public void A_number_is_not_text()
    {
        var schema = Schema(NewText("text"));

        Errors(schema, Selection(("text", Number(5))))["text"].ShouldBe(["Must be text."]);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_on_its_length_alone_before_the_pattern_runs()
    {
        // This pattern backtracks catastrophically on "aaa…!": had it run, the answer would be "could not be checked in time".
        var schema = Schema(new TextOption { Key = "text", Labels = En("Text"), MaxLength = 30, AllowedPattern = "^(a+)+$" });

        Errors(schema, Selection(("text", Text(new string('a', 25 * 1024 * 1024) + "!"))))["text"]
            .ShouldBe(["Must have at most 30 characters."]);
        Errors(schema, Selection(("text", Text(new string('a', 40) + "!"))))["text"].ShouldBe(["Must have at most 30 characters."]);
    }
}
