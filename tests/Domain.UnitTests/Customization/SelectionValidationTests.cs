using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class SelectionValidationTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_keyed_by_option()
    {
        var schema = Schema(
            NewText("engraving", maxLength: 5) with { Required = true },
            NewChoice("size", Pick("s"), Pick("m")) with { Required = true },
            NewNumber("length"));

        var errors = Errors(schema, Selection(("engraving", Text("far too long")), ("length", Number(500)), ("glitter", Text("yes"))));

        errors.Keys.ShouldBe(["glitter", "engraving", "size", "length"], ignoreOrder: true);
        errors["engraving"].ShouldBe(["Must have at most 5 characters."]);
        errors["size"].ShouldBe(["Required."]);
        errors["length"].ShouldBe(["Must be between 1 and 100 cm."]);
        errors["glitter"].ShouldBe(["This product has no such option."]);
    }

    [Fact]
    public void An_invalid_selection_fails_the_quote_with_a_rule_violation_carrying_all_errors()
    {
        var schema = Schema(NewText("engraving", maxLength: 5));

        var result = schema.Quote(Inr(100m), 1, Selection(("engraving", Text("far too long")), ("glitter", Text("yes"))), Today, NoUploads);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Type.ShouldBe(ErrorType.RuleViolation);
        result.Error.Details.Keys.ShouldBe(["glitter", "engraving"], ignoreOrder: true);
    }

    [Fact]
    public void Blank_text_counts_as_no_answer()
    {
        var schema = Schema(NewText("engraving") with { Required = true }, NewText("note"));

        Errors(schema, Selection(("engraving", Text("   ")))).Keys.ShouldBe(["engraving"]);
        Normalized(schema, Selection(("engraving", Text("Asha")), ("note", Text("  ")))).Values.Keys.ShouldBe(["engraving"]);
    }

    [Fact]
    public void A_hidden_option_is_neither_validated_nor_priced_and_is_dropped()
    {
        var schema = Schema(
            NewChoice("finish", Pick("plain"), Pick("engraved")),
            NewText("engraving", maxLength: 5) with
            {
                Required = true,
                Condition = new OptionCondition { DependsOn = "finish", Values = ["engraved"] },
                Pricing = Rules(new Domain.Customization.Pricing.FixedAdjustment(Inr(150m))),
            });
        var selection = Selection(("finish", Text("plain")), ("engraving", Text("this text is far too long")));

        Errors(schema, selection).ShouldBeEmpty();
        var quote = QuoteOf(schema, Inr(500m), selection);
        quote.UnitPrice.ShouldBe(Inr(500m));
        quote.Breakdown.Count.ShouldBe(1);
        quote.Selection.Values.Keys.ShouldBe(["finish"]);
    }

    [Fact]
    public void A_shown_conditional_option_is_validated_priced_and_kept()
    {
        var schema = Schema(
            NewChoice("finish", Pick("plain"), Pick("engraved")),
            NewText("engraving") with
            {
                Required = true,
                Condition = new OptionCondition { DependsOn = "finish", Values = ["engraved"] },
                Pricing = Rules(new Domain.Customization.Pricing.FixedAdjustment(Inr(150m))),
            });

        Errors(schema, Selection(("finish", Text("engraved"))))["engraving"].ShouldBe(["Required."]);
        var quote = QuoteOf(schema, Inr(500m), Selection(("finish", Text("engraved")), ("engraving", Text("Asha"))));
        quote.UnitPrice.ShouldBe(Inr(650m));
        quote.Selection.Values.Keys.ShouldBe(["engraving", "finish"]);
    }

    [Fact]
    public void Conditions_chain_so_hiding_a_parent_hides_its_dependants()
    {
        var schema = Schema(
            new ColourOption { Key = "colour", Labels = En("Colour"), AllowCustomHex = true },
            NewNumber("length", step: 0.5m) with { Condition = new OptionCondition { DependsOn = "colour", Values = ["#ff0000"] } },
            NewText("note") with { Condition = new OptionCondition { DependsOn = "length", Values = ["12.50"] } });

        var shown = Normalized(schema, Selection(("colour", Text("#FF0000")), ("length", Number(12.5m)), ("note", Text("hi"))));
        var hidden = Normalized(schema, Selection(("colour", Text("#00FF00")), ("length", Number(12.5m)), ("note", Text("hi"))));

        shown.Values.Keys.ShouldBe(["colour", "length", "note"]);
        hidden.Values.Keys.ShouldBe(["colour"]);
    }

    [Fact]
    public void An_invalid_parent_hides_its_dependants_instead_of_piling_up_errors()
    {
        var schema = Schema(
            NewChoice("finish", Pick("plain"), Pick("engraved")),
            NewText("engraving") with { Required = true, Condition = new OptionCondition { DependsOn = "finish", Values = ["engraved"] } });

        Errors(schema, Selection(("finish", Text("gold")))).Keys.ShouldBe(["finish"]);
    }
}
