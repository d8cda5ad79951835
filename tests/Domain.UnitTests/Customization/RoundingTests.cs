using CustomiseYou.Domain.Customization.Pricing;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>The unit price is the exact sum rounded once, half-even; the lines are then made to add up to it.</summary>
public class RoundingTests
{
    [Fact]
    public void Inr_lines_share_the_rounding_by_largest_remainder()
    {
        // Three exact lines of 0.105: rounding each half-even gives 0.10 each (100.30), but the exact unit price is
        // 100.315, which rounds half-even once to 100.32. The two missing paise go to the earliest of the tied lines.
        var schema = Schema(NewText("engraving") with
        {
            Pricing = Rules(new FixedAdjustment(Inr(0.105m)), new FixedAdjustment(Inr(0.105m)), new FixedAdjustment(Inr(0.105m))),
        });

        var quote = QuoteOf(schema, Inr(100m), Selection(("engraving", Text("Asha"))));

        quote.UnitPrice.ShouldBe(Inr(100.32m));
        Amounts(quote).ShouldBe([100.00m, 0.11m, 0.11m, 0.10m]);
        Amounts(quote).Sum().ShouldBe(quote.UnitPrice.Amount);
    }

    [Fact]
    public void Inr_percentages_and_per_character_fractions_round_to_the_exact_total()
    {
        // 100 + 33.333 (33.333 %) + 0.375 (3 × 0.125) + 0.333 = 134.041 -> 134.04; the largest remainder (0.375) gets the paisa.
        var schema = Schema(NewText("engraving") with
        {
            Pricing = Rules(new PercentOfBasePrice(33.333m), new PerCharacter(Inr(0.125m)), new FixedAdjustment(Inr(0.333m))),
        });

        var quote = QuoteOf(schema, Inr(100m), Selection(("engraving", Text("abc"))));

        quote.UnitPrice.ShouldBe(Inr(134.04m));
        Amounts(quote).ShouldBe([100m, 33.33m, 0.38m, 0.33m]);
    }

    [Fact]
    public void Eur_lines_that_would_each_round_up_do_not_overshoot_the_unit_price()
    {
        // Two lines of 0.006 round to 0.01 each on their own (10.02), but their exact sum 10.012 rounds to 10.01.
        var schema = SchemaIn("EUR", NewText("engraving") with
        {
            Pricing = Rules(new FixedAdjustment(Eur(0.006m)), new FixedAdjustment(Eur(0.006m))),
        });

        var quote = QuoteOf(schema, Eur(10m), Selection(("engraving", Text("Asha"))));

        quote.UnitPrice.ShouldBe(Eur(10.01m));
        Amounts(quote).ShouldBe([10m, 0.01m, 0m]);
    }

    [Theory]
    [InlineData(0.125, 10.12)] // midpoint rounds to the even cent
    [InlineData(0.135, 10.14)]
    [InlineData(0.1251, 10.13)]
    public void Eur_unit_price_rounds_half_even(decimal surcharge, decimal unitPrice)
    {
        var schema = SchemaIn("EUR", NewText("engraving") with { Pricing = Rules(new FixedAdjustment(Eur(surcharge))) });

        var quote = QuoteOf(schema, Eur(10m), Selection(("engraving", Text("Asha"))));

        quote.UnitPrice.ShouldBe(Eur(unitPrice));
        Amounts(quote).Sum().ShouldBe(unitPrice);
    }

    [Fact]
    public void Currencies_without_minor_units_round_to_whole_units()
    {
        var schema = SchemaIn("JPY", NewText("engraving") with { Pricing = Rules(new PercentOfBasePrice(10m)) });

        var quote = schema.Quote(Domain.Common.Money.Of(999m, "JPY"), 1, Selection(("engraving", Text("Asha"))), Today, NoUploads).Value;

        quote.UnitPrice.Amount.ShouldBe(1099m);
        Amounts(quote).ShouldBe([999m, 100m]);
    }

    [Fact]
    public void Rounded_amounts_carry_the_currency_scale()
    {
        var schema = Schema(NewText("engraving") with { Pricing = Rules(new FixedAdjustment(Inr(50m))) });

        var quote = QuoteOf(schema, Inr(100m), Selection(("engraving", Text("Asha"))));

        quote.UnitPrice.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("150.00");
        quote.Breakdown[0].Kind.ShouldBe(PriceLineKind.BasePrice);
    }
}
