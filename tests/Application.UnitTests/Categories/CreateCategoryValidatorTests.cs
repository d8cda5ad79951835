using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.CreateCategory;
using CustomiseYou.Application.UnitTests.Fakes;
using FluentValidation.Results;

namespace CustomiseYou.Application.UnitTests.Categories;

public sealed class CreateCategoryValidatorTests
{
    private readonly CreateCategoryValidator _validator = new();

    static CreateCategoryValidatorTests() => ApplicationConventions.EnsureApplied();

    [Fact]
    public void ValidCommand_Passes() =>
        Validate(new CreateCategoryCommand("Diwali Gifts", Guid.NewGuid(), "diwali-gifts", 3)).IsValid.ShouldBeTrue();

    [Fact]
    public void NameOnly_Passes() =>
        Validate(new CreateCategoryCommand("Mugs", null, null, null)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("दिवाली-उपहार")]
    [InlineData("top-10")]
    [InlineData("a")]
    public void WellFormedSlug_Passes(string slug) =>
        Validate(new CreateCategoryCommand("Mugs", null, slug, null)).IsValid.ShouldBeTrue();

    [Fact]
    public void NameOfExactlyTheMaximumLength_Passes() =>
        Validate(new CreateCategoryCommand(new string('x', 100), null, null, null)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void EmptyOrBlankName_FailsOnName(string? name) =>
        ShouldFailOnlyOn(new CreateCategoryCommand(name!, null, null, null), "name");

    [Fact]
    public void NameLongerThan100Characters_FailsOnName() =>
        ShouldFailOnlyOn(new CreateCategoryCommand(new string('x', 101), null, null, null), "name");

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("Mugs")]
    [InlineData("")]
    public void MalformedSlug_FailsOnSlug(string slug) =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, slug, null), "slug");

    [Fact]
    public void SlugLongerThanTheMaximum_FailsOnSlug() =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, new string('a', 121), null), "slug");

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void PositionOutOfRange_FailsOnPosition(int position) =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, null, position), "position");

    [Fact]
    public void EmptyGuidParent_FailsOnParentId() =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", Guid.Empty, null, null), "parentId");

    [Fact]
    public void EveryBadField_IsReportedAtOnce()
    {
        var result = Validate(new CreateCategoryCommand(" ", Guid.Empty, "Bad Slug", -1));

        result.Errors.Select(e => e.PropertyName).Distinct()
            .ShouldBe(["name", "slug", "position", "parentId"], ignoreOrder: true);
    }

    private ValidationResult Validate(CreateCategoryCommand command) => _validator.Validate(command);

    private void ShouldFailOnlyOn(CreateCategoryCommand command, string property)
    {
        var result = Validate(command);

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.PropertyName == property);
    }
}
