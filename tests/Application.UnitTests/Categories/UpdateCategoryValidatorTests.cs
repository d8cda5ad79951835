using CustomiseYou.Application.Categories.Common;
using CustomiseYou.Application.Categories.UpdateCategory;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.UnitTests.Fakes;
using FluentValidation.Results;

namespace CustomiseYou.Application.UnitTests.Categories;

public sealed class UpdateCategoryValidatorTests
{
    private static readonly Guid Id = Guid.NewGuid();

    private readonly UpdateCategoryValidator _validator = new();

    static UpdateCategoryValidatorTests() => ApplicationConventions.EnsureApplied();

    [Fact]
    public void Every_field_supplied_passes() =>
        Validate(new UpdateCategoryCommand(Id, "Mugs", "mugs", 2, new Optional<Guid?>(Guid.NewGuid()))).IsValid.ShouldBeTrue();

    [Fact]
    public void Only_name_passes() =>
        Validate(new UpdateCategoryCommand(Id, "Mugs", null, null, default)).IsValid.ShouldBeTrue();

    [Fact]
    public void Only_position_passes() =>
        Validate(new UpdateCategoryCommand(Id, null, null, 0, default)).IsValid.ShouldBeTrue();

    [Fact]
    public void Parent_id_supplied_as_null_moves_to_the_root_and_passes() =>
        Validate(new UpdateCategoryCommand(Id, null, null, null, new Optional<Guid?>(null))).IsValid.ShouldBeTrue();

    [Fact]
    public void Nothing_supplied_fails_on_body() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, null, null, default), "body");

    [Fact]
    public void Empty_id_fails_on_id() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Guid.Empty, "Mugs", null, null, default), "id");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_or_blank_name_fails_on_name(string name) =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, name, null, null, default), "name");

    [Fact]
    public void Name_longer_than_100_characters_fails_on_name() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, new string('x', 101), null, null, default), "name");

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    public void Malformed_slug_fails_on_slug(string slug) =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, slug, null, default), "slug");

    [Fact]
    public void Negative_position_fails_on_position() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, null, -1, default), "position");

    [Fact]
    public void Empty_guid_parent_fails_on_parent_id()
    {
        var result = Validate(new UpdateCategoryCommand(Id, null, null, null, new Optional<Guid?>(Guid.Empty)));

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.PropertyName == "parentId");
    }

    private ValidationResult Validate(UpdateCategoryCommand command) => _validator.Validate(command);

    private void ShouldFailOnlyOn(UpdateCategoryCommand command, string property)
    {
        var result = Validate(command);

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.PropertyName == property);
    }
}
