using CustomiseYou.Domain.Customization.Options;
using static CustomiseYou.Domain.UnitTests.Customization.Fixtures;

namespace CustomiseYou.Domain.UnitTests.Customization;

public class DateOptionTests
{
    // Today is 2025-06-01: the window is 2025-06-04 to 2025-07-01, both inclusive.
    private static readonly Domain.Customization.CustomizationSchema DeliverySchema =
        Schema(new DateOption { Key = "deliver_on", Labels = En("Deliver on"), MinDaysFromToday = 3, MaxDaysFromToday = 30 });

    [Theory]
    [InlineData("2025-06-04")]
    [InlineData("2025-07-01")]
    public void Dates_inside_the_window_are_accepted(string date)
    {
        Normalized(DeliverySchema, Selection(("deliver_on", Text(date)))).Values["deliver_on"].Text.ShouldBe(date);
    }

    [Theory]
    [InlineData("2025-06-03")]
    [InlineData("2025-07-02")]
    public void Dates_outside_the_window_are_rejected(string date)
    {
        Errors(DeliverySchema, Selection(("deliver_on", Text(date))))["deliver_on"]
            .ShouldBe(["Must be between 2025-06-04 and 2025-07-01."]);
    }

    [Theory]
    [InlineData("04/06/2025")]
    [InlineData("2025-02-30")]
    [InlineData("tomorrow")]
    public void Anything_but_an_iso_date_is_rejected(string input)
    {
        Errors(DeliverySchema, Selection(("deliver_on", Text(input))))["deliver_on"].ShouldBe(["Must be a date as yyyy-MM-dd."]);
    }

    [Fact]
    public void The_window_moves_with_the_today_the_caller_passes()
    {
        var errors = DeliverySchema.Validate(Selection(("deliver_on", Text("2025-06-04"))), new DateOnly(2025, 6, 2), NoUploads);

        errors["deliver_on"].ShouldBe(["Must be between 2025-06-05 and 2025-07-02."]);
    }
}
