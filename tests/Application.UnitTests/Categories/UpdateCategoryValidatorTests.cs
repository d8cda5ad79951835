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
    public void EveryFieldSupplied_Passes() =>
        Validate(new UpdateCategoryCommand(Id, "Mugs", "mugs", 2, new Optional<Guid?>(Guid.NewGuid()))).IsValid.ShouldBeTrue();

    [Fact]
    public void OnlyName_Passes() =>
        Validate(new UpdateCategoryCommand(Id, "Mugs", null, null, default)).IsValid.ShouldBeTrue();

    [Fact]
    public void OnlyPosition_Passes() =>
        Validate(new UpdateCategoryCommand(Id, null, null, 0, default)).IsValid.ShouldBeTrue();

    [Fact]
    public void ParentIdSuppliedAsNull_MovesToTheRoot_AndPasses() =>
        Validate(new UpdateCategoryCommand(Id, null, null, null, new Optional<Guid?>(null))).IsValid.ShouldBeTrue();

    [Fact]
    public void NothingSupplied_FailsOnBody() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, null, null, default), "body");

    [Fact]
    public void EmptyId_FailsOnId() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Guid.Empty, "Mugs", null, null, default), "id");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyOrBlankName_FailsOnName(string name) =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, name, null, null, default), "name");

    [Fact]
    public void NameLongerThan100Characters_FailsOnName() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, new string('x', 101), null, null, default), "name");

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    public void MalformedSlug_FailsOnSlug(string slug) =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, slug, null, default), "slug");

    [Fact]
    public void NegativePosition_FailsOnPosition() =>
        ShouldFailOnlyOn(new UpdateCategoryCommand(Id, null, null, -1, default), "position");

    [Fact]
    public void EmptyGuidParent_FailsOnParentId()
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
