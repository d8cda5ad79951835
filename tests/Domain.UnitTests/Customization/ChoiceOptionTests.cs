using CustomiseYou.Domain.Customization.Options;
using CustomiseYou.Domain.Customization.Selections;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class ChoiceOptionTests
{
    private static readonly ChoiceOption Size = NewChoice("size", Pick("s"), Pick("m"), Pick("l"));

    private static readonly ChoiceOption Extras = new()
    {
        Key = "extras",
        Labels = En("Extras"),
        Multiple = true,
        MinPicks = 1,
        MaxPicks = 2,
        Choices = [Pick("gift_box"), Pick("card"), Pick("ribbon")],
    };

    [Fact]
    public void A_single_choice_accepts_one_known_value()
    {
        var normalized = Normalized(Schema(Size), Selection(("size", Text(" m "))));

        normalized.Values["size"].ShouldBe(Text("m"));
    }

    [Fact]
    public void A_single_choice_given_as_a_one_item_list_normalises_to_the_same_value()
    {
        Normalized(Schema(Size), Selection(("size", Picks("m"))))
            .ShouldBe(Normalized(Schema(Size), Selection(("size", Text("m")))));
    }

    [Fact]
    public void Unknown_values_and_several_picks_are_rejected_for_a_single_choice()
    {
        var schema = Schema(Size);

        Errors(schema, Selection(("size", Text("xl"))))["size"].ShouldBe(["'xl' is not one of the choices."]);
        Errors(schema, Selection(("size", Picks("s", "m"))))["size"].ShouldBe(["Pick exactly one choice."]);
        Errors(schema, Selection(("size", Number(2))))["size"].ShouldBe(["Must be one choice."]);
    }

    [Fact]
    public void Multiple_picks_are_sorted_by_the_schema_order()
    {
        var normalized = Normalized(Schema(Extras), Selection(("extras", Picks("ribbon", "gift_box"))));

        normalized.Values["extras"].Kind.ShouldBe(SelectionValueKind.List);
        normalized.Values["extras"].Items.ShouldBe(["gift_box", "ribbon"]);
    }

    [Fact]
    public void Multiple_picks_respect_the_pick_limits_and_refuse_duplicates()
    {
        var schema = Schema(Extras);

        Errors(schema, Selection(("extras", Picks("gift_box", "card", "ribbon"))))["extras"].ShouldBe(["Pick between 1 and 2 choices."]);
        Errors(schema, Selection(("extras", Picks("card", "card"))))["extras"].ShouldBe(["'card' is picked more than once."]);
        Errors(schema, Selection(("extras", Picks("card", "confetti"))))["extras"].ShouldBe(["'confetti' is not one of the choices."]);
    }

    [Fact]
    public void An_empty_list_counts_as_no_answer()
    {
        var schema = Schema(Extras with { Required = true });

        Errors(schema, Selection(("extras", Picks())))["extras"].ShouldBe(["Required."]);
    }
}
