using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Pricing;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class PriceRuleTests
{
    [Fact]
    public void A_fixed_adjustment_is_added_when_the_option_is_answered()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new FixedAdjustment(Inr(150m))) });

        var quote = QuoteOf(schema, Inr(500m), Selection(("engraving", Text("Asha"))));

        quote.UnitPrice.ShouldBe(Inr(650m));
        quote.Breakdown.Select(line => (line.Kind, line.Label, line.Amount.Amount))
            .ShouldBe([(PriceLineKind.BasePrice, "Base price", 500m), (PriceLineKind.Rule, "engraving", 150m)]);
        quote.Breakdown[1].OptionKey.ShouldBe("engraving");
    }

    [Fact]
    public void An_unanswered_optional_option_costs_nothing()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new FixedAdjustment(Inr(150m))) });

        QuoteOf(schema, Inr(500m), Selection()).UnitPrice.ShouldBe(Inr(500m));
    }

    [Fact]
    public void A_percentage_is_taken_of_the_base_price()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new PercentOfBasePrice(12.5m)) });

        var quote = QuoteOf(schema, Inr(800m), Selection(("engraving", Text("Asha"))));

        Amounts(quote).ShouldBe([800m, 100m]);
        quote.Breakdown[1].Label.ShouldBe("engraving (12.5% of base price)");
    }

    [Fact]
    public void A_per_character_price_skips_spaces()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new PerCharacter(Inr(5m))) });

        var quote = QuoteOf(schema, Inr(100m), Selection(("engraving", Text("Asha and Ravi"))));

        Amounts(quote).ShouldBe([100m, 55m]);
        quote.Breakdown[1].Label.ShouldBe("engraving (11 characters × 5 INR)");
    }

    [Theory]
    [InlineData("hi-IN", "मूल कीमत", "नक्काशी (11 अक्षर × 5 INR)")]
    [InlineData("de", "Grundpreis", "Gravur (11 Zeichen × 5 INR)")]
    [InlineData("fr", "Prix de base", "engraving (11 caractères × 5 INR)")] // no French label: the seller's text falls back
    [InlineData("ja", "Base price", "engraving (11 characters × 5 INR)")]
    public void The_platforms_own_words_follow_the_locale_like_the_sellers_labels(string locale, string basePrice, string engraving)
    {
        var labels = new Dictionary<string, string> { ["en"] = "engraving", ["de"] = "Gravur", ["hi"] = "नक्काशी" };
        var schema = Schema(NewText("engraving") with { Labels = labels, Pricing = Rules(new PerCharacter(Inr(5m))) });

        var quote = schema.Quote(Inr(100m), 1, Selection(("engraving", Text("Asha and Ravi"))), Today, NoUploads, locale);

        quote.Value.Breakdown.Select(l => l.Label).ShouldBe([basePrice, engraving]);
    }

    [Fact]
    public void A_per_unit_price_multiplies_the_number()
    {
        var schema = Schema(NewNumber("length", step: 0.5m) with { Pricing = Rules(new PerUnit(Inr(4m))) });

        var quote = QuoteOf(schema, Inr(100m), Selection(("length", Number(12.5m))));

        Amounts(quote).ShouldBe([100m, 50m]);
        quote.Breakdown[1].Label.ShouldBe("length (12.5 cm × 4 INR)");
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(9, 50)]
    [InlineData(10, 40)]
    [InlineData(49, 40)]
    [InlineData(50, 30)]
    [InlineData(500, 30)]
    public void Quantity_tiers_start_at_their_lower_bound(int quantity, decimal surcharge)
    {
        var tiers = new QuantityTiers([new QuantityTier(1, Inr(50m)), new QuantityTier(10, Inr(40m)), new QuantityTier(50, Inr(30m))]);
        var schema = Schema(NewText("engraving") with { Pricing = Rules(tiers) });

        var quote = QuoteOf(schema, Inr(100m), Selection(("engraving", Text("Asha"))), quantity);

        quote.UnitPrice.ShouldBe(Inr(100m + surcharge));
        quote.Total.ShouldBe(Inr((100m + surcharge) * quantity));
        quote.Quantity.ShouldBe(quantity);
    }

    [Fact]
    public void Below_the_first_tier_no_tier_applies()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new QuantityTiers([new QuantityTier(10, Inr(40m))])) });

        QuoteOf(schema, Inr(100m), Selection(("engraving", Text("Asha"))), quantity: 9).UnitPrice.ShouldBe(Inr(100m));
    }

    [Fact]
    public void Picked_choices_add_their_adjustments_and_the_longest_lead_time()
    {
        var schema = Schema(new ChoiceOption
        {
            Key = "extras",
            Labels = new Dictionary<string, string> { ["en"] = "Extras", ["hi"] = "अतिरिक्त" },
            Multiple = true,
            Choices = [Pick("box", Inr(80m), leadTimeDays: 2), Pick("card", Inr(20m), leadTimeDays: 5), Pick("bow", Inr(10m))],
        });

        var quote = schema.Quote(Inr(400m), 3, Selection(("extras", Picks("card", "box"))), Today, NoUploads, locale: "hi-IN").Value;

        Amounts(quote).ShouldBe([400m, 80m, 20m]);
        quote.Breakdown[1].Label.ShouldBe("अतिरिक्त: box");
        quote.Breakdown[1].Kind.ShouldBe(PriceLineKind.Choice);
        quote.UnitPrice.ShouldBe(Inr(500m));
        quote.Total.ShouldBe(Inr(1500m));
        quote.LeadTimeDays.ShouldBe(5);
    }

    [Fact]
    public void Choice_adjustments_and_rules_of_one_option_add_up()
    {
        var schema = Schema(NewChoice("size", Pick("s"), Pick("l", Inr(100m))) with { Pricing = Rules(new FixedAdjustment(Inr(25m))) });

        Amounts(QuoteOf(schema, Inr(300m), Selection(("size", Text("l"))))).ShouldBe([300m, 100m, 25m]);
    }
}
