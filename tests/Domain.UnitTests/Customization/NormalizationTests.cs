using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class NormalizationTests
{
    private static readonly Domain.Customization.CustomizationSchema Schema = Fixtures.Schema(
        new TextOption { Key = "engraving", Labels = En("Engraving"), Fonts = ["Serif"] },
        new ColourOption { Key = "colour", Labels = En("Colour"), AllowCustomHex = true },
        new ChoiceOption { Key = "extras", Labels = En("Extras"), Multiple = true, Choices = [Pick("box"), Pick("card"), Pick("bow")] },
        NewNumber("length", step: 0.5m));

    [Fact]
    public void Selections_that_mean_the_same_normalise_equal_with_the_same_fingerprint()
    {
        var first = Normalized(Schema, Selection(
            ("engraving", Text("  Asha ", font: "serif")), ("colour", Text("#ff00aa")), ("extras", Picks("bow", "box")), ("length", Number(12.50m))));
        var second = Normalized(Schema, Selection(
            ("length", Number(12.5m)), ("extras", Picks("box", "bow")), ("colour", Text("#FF00AA")), ("engraving", Text("Asha", font: "Serif"))));

        second.ShouldBe(first);
        second.CanonicalJson.ShouldBe(first.CanonicalJson);
        second.Fingerprint.ShouldBe(first.Fingerprint);
    }

    [Fact]
    public void The_canonical_json_is_sorted_compact_and_escaped()
    {
        var normalized = Normalized(Schema, Selection(
            ("engraving", Text("Say \"hi\"\\", font: "Serif")), ("length", Number(12.50m)), ("extras", Picks("card", "box")),
            ("colour", Text("#abcdef"))));

        normalized.CanonicalJson.ShouldBe(
            """{"colour":"#ABCDEF","engraving":{"font":"Serif","text":"Say \"hi\"\\"},"extras":["box","card"],"length":12.5}""");
        normalized.Fingerprint.Length.ShouldBe(64);
    }

    [Fact]
    public void Different_meanings_give_different_fingerprints()
    {
        var asha = Normalized(Schema, Selection(("engraving", Text("Asha"))));
        var ravi = Normalized(Schema, Selection(("engraving", Text("Ravi"))));

        ravi.ShouldNotBe(asha);
        ravi.Fingerprint.ShouldNotBe(asha.Fingerprint);
    }
}
