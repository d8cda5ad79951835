using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class NumberOptionTests
{
    private static readonly Domain.Customization.CustomizationSchema LengthSchema = Schema(NewNumber("length", min: 10m, max: 50m, step: 0.5m));

    [Theory]
    [InlineData(10)]
    [InlineData(12.5)]
    [InlineData(50)]
    public void Values_in_range_and_on_a_step_are_accepted(decimal value)
    {
        Errors(LengthSchema, Selection(("length", Number(value)))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(9.5)]
    [InlineData(50.5)]
    public void Values_out_of_range_are_rejected(decimal value)
    {
        Errors(LengthSchema, Selection(("length", Number(value))))["length"].ShouldBe(["Must be between 10 and 50 cm."]);
    }

    [Fact]
    public void Values_off_the_step_are_rejected()
    {
        Errors(LengthSchema, Selection(("length", Number(12.25m))))["length"].ShouldBe(["Must be 10 cm plus a multiple of 0.5."]);
    }

    [Fact]
    public void Text_is_not_a_number()
    {
        Errors(LengthSchema, Selection(("length", Text("12"))))["length"].ShouldBe(["Must be a number."]);
    }
}
