using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class ColourOptionTests
{
    private static readonly ColourOption Palette = new()
    {
        Key = "colour",
        Labels = En("Colour"),
        Palette = [new PaletteColour("Forest green", "#228B22"), new PaletteColour("Navy", "#000080")],
    };

    [Fact]
    public void A_palette_colour_is_accepted_in_any_case_and_stored_upper_case()
    {
        Normalized(Schema(Palette), Selection(("colour", Text("#228b22")))).Values["colour"].Text.ShouldBe("#228B22");
    }

    [Fact]
    public void A_colour_outside_the_palette_is_rejected_unless_free_hex_is_allowed()
    {
        Errors(Schema(Palette), Selection(("colour", Text("#FF0000"))))["colour"].ShouldBe(["#FF0000 is not one of the offered colours."]);

        var free = Schema(Palette with { AllowCustomHex = true });
        Normalized(free, Selection(("colour", Text("#ff00aa")))).Values["colour"].Text.ShouldBe("#FF00AA");
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#FFF")]
    [InlineData("#GG0000")]
    [InlineData("228B22")]
    public void Anything_but_hash_and_six_hex_digits_is_rejected(string input)
    {
        var free = Schema(Palette with { AllowCustomHex = true });

        Errors(free, Selection(("colour", Text(input))))["colour"].ShouldBe(["Must be a colour as #RRGGBB."]);
    }
}
