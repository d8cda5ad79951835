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
    public void Valid_command_passes() =>
        Validate(new CreateCategoryCommand("Diwali Gifts", Guid.NewGuid(), "diwali-gifts", 3)).IsValid.ShouldBeTrue();

    [Fact]
    public void Name_only_passes() =>
        Validate(new CreateCategoryCommand("Mugs", null, null, null)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("दिवाली-उपहार")]
    [InlineData("top-10")]
    [InlineData("a")]
    public void Well_formed_slug_passes(string slug) =>
        Validate(new CreateCategoryCommand("Mugs", null, slug, null)).IsValid.ShouldBeTrue();

    [Fact]
    public void Name_of_exactly_the_maximum_length_passes() =>
        Validate(new CreateCategoryCommand(new string('x', 100), null, null, null)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_or_blank_name_fails_on_name(string? name) =>
        ShouldFailOnlyOn(new CreateCategoryCommand(name!, null, null, null), "name");

    [Fact]
    public void Name_longer_than_100_characters_fails_on_name() =>
        ShouldFailOnlyOn(new CreateCategoryCommand(new string('x', 101), null, null, null), "name");

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("Mugs")]
    [InlineData("")]
    public void Malformed_slug_fails_on_slug(string slug) =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, slug, null), "slug");

    [Fact]
    public void Slug_longer_than_the_maximum_fails_on_slug() =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, new string('a', 121), null), "slug");

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void Position_out_of_range_fails_on_position(int position) =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", null, null, position), "position");

    [Fact]
    public void Empty_guid_parent_fails_on_parent_id() =>
        ShouldFailOnlyOn(new CreateCategoryCommand("Mugs", Guid.Empty, null, null), "parentId");

    [Fact]
    public void Every_bad_field_is_reported_at_once()
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
