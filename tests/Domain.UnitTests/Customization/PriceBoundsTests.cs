using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization;
using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Pricing;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

/// <summary>Per-option minimum and maximum, the product cap and the zero floor all show up as their own lines.</summary>
public class PriceBoundsTests
{
    [Fact]
    public void An_option_minimum_tops_up_a_small_surcharge_with_a_visible_line()
    {
        var schema = Schema(NewText("engraving") with
        {
            Pricing = new OptionPricing { Rules = [new PerCharacter(Inr(5m))], Minimum = Inr(50m) },
        });

        var quote = QuoteOf(schema, Inr(200m), Selection(("engraving", Text("Asha"))));

        quote.Breakdown.Select(line => (line.Kind, line.Amount.Amount))
            .ShouldBe([(PriceLineKind.BasePrice, 200m), (PriceLineKind.Rule, 20m), (PriceLineKind.OptionMinimum, 30m)]);
        quote.UnitPrice.ShouldBe(Inr(250m));
    }

    [Fact]
    public void An_option_maximum_caps_a_large_surcharge_with_a_negative_line()
    {
        var schema = Schema(NewText("engraving") with
        {
            Pricing = new OptionPricing { Rules = [new PerCharacter(Inr(5m))], Minimum = Inr(10m), Maximum = Inr(40m) },
        });

        var quote = QuoteOf(schema, Inr(200m), Selection(("engraving", Text("Asha and Ravi"))));

        quote.Breakdown.Select(line => (line.Kind, line.Amount.Amount))
            .ShouldBe([(PriceLineKind.BasePrice, 200m), (PriceLineKind.Rule, 55m), (PriceLineKind.OptionMaximum, -15m)]);
        quote.UnitPrice.ShouldBe(Inr(240m));
    }

    [Fact]
    public void Within_bounds_no_bound_line_is_added()
    {
        var schema = Schema(NewText("engraving") with
        {
            Pricing = new OptionPricing { Rules = [new PerCharacter(Inr(5m))], Minimum = Inr(10m), Maximum = Inr(40m) },
        });

        QuoteOf(schema, Inr(200m), Selection(("engraving", Text("Asha")))).Breakdown.Count.ShouldBe(2);
    }

    [Fact]
    public void The_product_cap_limits_the_total_surcharge_over_all_options()
    {
        OptionDefinition[] options =
        [
            NewText("engraving") with { Pricing = Rules(new FixedAdjustment(Inr(150m))) },
            NewChoice("size", Pick("l", Inr(120m))),
        ];
        var schema = CustomizationSchema.Create("INR", options, maxUnitSurcharge: Inr(200m)).Value;

        var quote = QuoteOf(schema, Inr(500m), Selection(("engraving", Text("Asha")), ("size", Text("l"))));

        quote.Breakdown[^1].Kind.ShouldBe(PriceLineKind.SurchargeCap);
        quote.Breakdown[^1].Amount.ShouldBe(Inr(-70m));
        quote.UnitPrice.ShouldBe(Inr(700m));
    }

    [Fact]
    public void Discounts_never_make_the_unit_price_negative()
    {
        var schema = Schema(NewChoice("packaging", Pick("none", Inr(-80m))) with { Pricing = Rules(new FixedAdjustment(Inr(-30.555m))) });

        var quote = QuoteOf(schema, Inr(99.99m), Selection(("packaging", Text("none"))), quantity: 4);

        quote.UnitPrice.ShouldBe(Inr(0m));
        quote.Total.ShouldBe(Inr(0m));
        quote.Breakdown[^1].Kind.ShouldBe(PriceLineKind.PriceFloor);
        Amounts(quote).ShouldBe([99.99m, -80m, -30.55m, 10.56m]); // the tied half paisa goes to the earlier line
        Amounts(quote).Sum().ShouldBe(0m);
    }

    [Fact]
    public void A_base_price_in_another_currency_or_a_bad_quantity_is_a_programming_error()
    {
        var schema = Schema(NewText("engraving"));

        Should.Throw<DomainException>(() => schema.Quote(Eur(10m), 1, Selection(), Today, NoUploads)).Error.Code.ShouldBe("customization.base_price");
        Should.Throw<DomainException>(() => schema.Quote(Inr(10m), 0, Selection(), Today, NoUploads)).Error.Code.ShouldBe("customization.quantity");
    }
}
