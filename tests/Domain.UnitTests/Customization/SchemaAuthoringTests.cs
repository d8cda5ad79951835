using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Images;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Preview;
using CustomiseYou.Domain.Customization.Pricing;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>Seller mistakes are reported by field path, indexed as the seller listed the options.</summary>
public class SchemaAuthoringTests
{
    private static OptionCondition DependsOn(string key, params string[] values) => new() { DependsOn = key, Values = values };

    [Fact]
    public void A_valid_schema_orders_options_by_display_order_keeping_ties_in_listed_order()
    {
        var result = CustomizationSchema.Create("INR", [
            NewText("c") with { DisplayOrder = 2 },
            NewText("a") with { DisplayOrder = 1 },
            NewText("b") with { DisplayOrder = 1 },
        ]);

        result.Value.Options.Select(option => option.Key).ShouldBe(["a", "b", "c"]);
        result.Value.FindOption("b").ShouldBeOfType<TextOption>();
    }

    [Fact]
    public void Duplicate_and_malformed_keys_are_reported()
    {
        var errors = AuthoringErrors([NewText("name"), NewText("Name"), NewText("name")]);

        errors.Keys.ShouldBe(["options[1].key", "options[2].key"], ignoreOrder: true);
        errors["options[2].key"].ShouldBe(["Key 'name' is used by another option."]);
    }

    [Fact]
    public void Conditions_on_unknown_options_or_on_themselves_are_reported()
    {
        var errors = AuthoringErrors([
            NewText("a") with { Condition = DependsOn("ghost", "x") },
            NewText("b") with { Condition = DependsOn("b", "x") },
        ]);

        errors["options[0].condition.dependsOn"].ShouldBe(["No option has key 'ghost'."]);
        errors["options[1].condition.dependsOn"].ShouldBe(["An option cannot depend on itself."]);
    }

    [Fact]
    public void A_condition_cycle_is_reported_on_every_option_in_it()
    {
        var errors = AuthoringErrors([
            NewText("a") with { Condition = DependsOn("c", "x") },
            NewText("b") with { Condition = DependsOn("a", "x") },
            NewText("c") with { Condition = DependsOn("b", "x") },
            NewText("d") with { Condition = DependsOn("a", "x") },
        ]);

        errors.Keys.ShouldBe(
            ["options[0].condition.dependsOn", "options[1].condition.dependsOn", "options[2].condition.dependsOn"], ignoreOrder: true);
        errors["options[0].condition.dependsOn"].ShouldBe(["Conditions form a cycle: a -> c -> b -> a."]);
    }

    [Fact]
    public void Condition_values_the_dependency_can_never_have_are_reported()
    {
        var errors = AuthoringErrors([
            NewChoice("finish", Pick("plain")),
            NewText("engraving") with { Condition = DependsOn("finish", "plain", "gold") },
            NewText("note") with { Condition = DependsOn("finish") },
        ]);

        errors["options[1].condition.values[1]"].ShouldBe(["'gold' is not one of the choices."]);
        errors["options[2].condition.values"].ShouldBe(["Needs at least one value."]);
    }

    [Fact]
    public void Minimums_above_maximums_are_reported_on_the_maximum()
    {
        var errors = AuthoringErrors([
            new TextOption { Key = "text", Labels = En("Text"), MinLength = 10, MaxLength = 5 },
            new ChoiceOption
            {
                Key = "extras",
                Labels = En("Extras"),
                Multiple = true,
                MinPicks = 3,
                MaxPicks = 2,
                Choices = [Pick("a"), Pick("b"), Pick("c")],
            },
            NewNumber("length", min: 10m, max: 5m),
            new DateOption { Key = "date", Labels = En("Date"), MinDaysFromToday = 10, MaxDaysFromToday = 5 },
            NewText("engraving") with { Pricing = new OptionPricing { Minimum = Inr(50m), Maximum = Inr(10m) } },
        ]);

        errors.Keys.ShouldBe(
            ["options[0].maxLength", "options[1].maxPicks", "options[2].max", "options[3].maxDaysFromToday", "options[4].pricing.maximum"],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void A_step_must_be_positive(decimal step)
    {
        AuthoringErrors([NewNumber("length", step: step)])["options[0].step"].ShouldBe(["Must be greater than 0."]);
    }

    [Fact]
    public void Negative_amounts_are_refused_where_they_make_no_sense()
    {
        var errors = AuthoringErrors(
            [
                NewText("text") with
                {
                    Pricing = new OptionPricing
                    {
                        Rules = [new PerCharacter(Inr(-1m)), new PercentOfBasePrice(-5m), new QuantityTiers([new QuantityTier(1, Inr(-3m))])],
                        Minimum = Inr(-10m),
                    },
                },
                NewNumber("length") with { Pricing = Rules(new PerUnit(Inr(-2m))) },
                NewChoice("size", Pick("s", leadTimeDays: -1)),
            ],
            cap: Inr(-1m));

        errors.Keys.ShouldBe(
            [
                "maxUnitSurcharge", "options[0].pricing.rules[0].amountPerCharacter", "options[0].pricing.rules[1].percent",
                "options[0].pricing.rules[2].tiers[0].amount", "options[0].pricing.minimum", "options[1].pricing.rules[0].amountPerUnit",
                "options[2].choices[0].leadTimeDays",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Discounts_are_allowed_on_fixed_adjustments_and_choices()
    {
        var result = CustomizationSchema.Create("INR", [
            NewChoice("packaging", Pick("none", Inr(-50m))) with { Pricing = Rules(new FixedAdjustment(Inr(-10m))) },
        ]);

        result.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Prices_in_another_currency_are_reported()
    {
        var errors = AuthoringErrors([
            NewText("a"),
            NewText("b"),
            NewText("c") with { Pricing = Rules(new FixedAdjustment(Eur(5m))) },
            NewChoice("size", Pick("s", Eur(2m))),
        ]);

        errors["options[3].choices[0].priceAdjustment"].ShouldBe(["Must be in INR, not EUR."]);
        errors["options[2].pricing.rules[0].amount"].ShouldBe(["Must be in INR, not EUR."]);
    }

    [Fact]
    public void An_unsupported_currency_is_reported()
    {
        AuthoringErrors([NewText("a")], currency: "XYZ").Keys.ShouldBe(["currency"]);
    }

    [Fact]
    public void A_pattern_that_does_not_compile_is_reported()
    {
        var errors = AuthoringErrors([new TextOption { Key = "code", Labels = En("Code"), AllowedPattern = "[A-Z" }]);

        errors["options[0].allowedPattern"].Single().ShouldStartWith("Does not compile:");
    }

    [Fact]
    public void A_pattern_and_a_named_set_together_are_reported()
    {
        var errors = AuthoringErrors([
            new TextOption { Key = "code", Labels = En("Code"), AllowedPattern = "[A-Z]+", AllowedCharacters = CharacterSet.Digits },
        ]);

        errors.Keys.ShouldBe(["options[0].allowedPattern"]);
    }

    [Fact]
    public void Empty_labels_lists_and_palettes_are_reported()
    {
        var errors = AuthoringErrors([
            new TextOption { Key = "text", Labels = new Dictionary<string, string>() },
            new ChoiceOption { Key = "size", Labels = En("Size"), Choices = [] },
            new ChoiceOption
            {
                Key = "finish",
                Labels = En("Finish"),
                Choices = [new ChoiceItem { Value = "gold", Labels = new Dictionary<string, string> { ["en"] = " " } }],
            },
            new ColourOption { Key = "colour", Labels = En("Colour") },
            new ImageOption { Key = "artwork", Labels = En("Artwork"), AllowedKinds = [] },
        ]);

        errors.Keys.ShouldBe(
            ["options[0].labels", "options[1].choices", "options[2].choices[0].labels", "options[3].palette", "options[4].allowedKinds"],
            ignoreOrder: true);
    }

    [Fact]
    public void Invalid_hex_colours_and_font_names_are_reported()
    {
        var errors = AuthoringErrors([
            new ColourOption
            {
                Key = "colour",
                Labels = En("Colour"),
                Palette = [new PaletteColour("Red", "red"), new PaletteColour("Navy", "#000080")],
            },
            new TextOption { Key = "text", Labels = En("Text"), Fonts = ["Roboto", "x'); url(http://evil"] },
        ]);

        errors.Keys.ShouldBe(["options[0].palette[0].hex", "options[1].fonts[1]"], ignoreOrder: true);
    }

    [Fact]
    public void Rules_on_the_wrong_kind_of_option_are_reported()
    {
        var errors = AuthoringErrors([
            NewNumber("length") with { Pricing = Rules(new PerCharacter(Inr(1m))) },
            NewText("text") with { Pricing = Rules(new PerUnit(Inr(1m))) },
        ]);

        errors["options[0].pricing.rules[0]"].ShouldBe(["Per-character pricing applies only to text options."]);
        errors["options[1].pricing.rules[0]"].ShouldBe(["Per-unit pricing applies only to number options."]);
    }

    [Fact]
    public void Tiers_must_increase()
    {
        var tiers = new QuantityTiers([new QuantityTier(10, Inr(1m)), new QuantityTier(10, Inr(1m)), new QuantityTier(0, Inr(1m))]);

        var errors = AuthoringErrors([NewText("text") with { Pricing = Rules(tiers) }]);

        errors.Keys.ShouldBe(
            ["options[0].pricing.rules[0].tiers[1].minQuantity", "options[0].pricing.rules[0].tiers[2].minQuantity"], ignoreOrder: true);
    }

    [Fact]
    public void Other_kind_specific_limits_are_reported()
    {
        var errors = AuthoringErrors([
            new TextOption { Key = "text", Labels = En("Text"), MaxLength = 0, MaxLines = 3 },
            new ImageOption { Key = "artwork", Labels = En("Artwork"), MaxBytes = 0, MinWidth = -1 },
            new ChoiceOption { Key = "size", Labels = En("Size"), MaxPicks = 2, Choices = [Pick("s"), Pick("s")] },
        ]);

        errors.Keys.ShouldBe(
            [
                "options[0].maxLength", "options[0].maxLines", "options[1].maxBytes", "options[1].minWidth",
                "options[2].choices[1].value", "options[2].maxPicks",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Preview_zones_must_show_a_text_colour_or_image_option()
    {
        var preview = new PreviewTemplate
        {
            BaseImage = "products/mug.png",
            Width = 800,
            Height = 0,
            Zones =
            [
                new PreviewZone { Name = "front", OptionKey = "ghost", Width = 100m, Height = 50m },
                new PreviewZone { Name = "front", OptionKey = "length", Width = 0m, Height = 50m, DefaultColour = "blue" },
                new PreviewZone { Name = "back", OptionKey = "text", Width = 10m, Height = 10m, ColourOptionKey = "length" },
            ],
        };

        var errors = AuthoringErrors([NewNumber("length"), NewText("text")], preview: preview);

        errors.Keys.ShouldBe(
            [
                "preview.height", "preview.zones[0].optionKey", "preview.zones[1].name", "preview.zones[1].optionKey",
                "preview.zones[1].width", "preview.zones[1].defaultColour", "preview.zones[2].colourOptionKey",
            ],
            ignoreOrder: true);
        errors["preview.zones[1].optionKey"].ShouldBe(["A zone shows a text, colour or image option; 'length' is a number option."]);
    }

    [Fact]
    public void A_published_schema_does_not_change_when_the_sellers_lists_do()
    {
        var choices = new List<ChoiceItem> { Pick("s"), Pick("m") };
        var schema = Schema(new ChoiceOption { Key = "size", Labels = En("Size"), Choices = choices });

        choices.Add(Pick("xl"));

        ((ChoiceOption)schema.Options[0]).Choices.Count.ShouldBe(2);
        Errors(schema, Selection(("size", Text("xl")))).ContainsKey("size").ShouldBeTrue();
    }

    [Fact]
    public void Image_kinds_outside_the_enum_are_reported()
    {
        var errors = AuthoringErrors([new ImageOption { Key = "artwork", Labels = En("Artwork"), AllowedKinds = [(ImageKind)42] }]);

        errors.Keys.ShouldBe(["options[0].allowedKinds[0]"]);
    }
}
