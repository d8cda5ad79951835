using CustomiseYou.Application.Categories.Common;
using FluentValidation;

namespace CustomiseYou.Application.Categories.UpdateCategory;

public sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategoryCommand>
{
    public UpdateCategoryValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.Name).ValidCategoryName().When(c => c.Name is not null);
        RuleFor(c => c.Slug).ValidSlug();
        RuleFor(c => c.Position).ValidPosition();
        RuleFor(c => c.ParentId.Value).NotEqual(Guid.Empty).OverridePropertyName("parentId").WithName("parentId").When(c => c.ParentId.HasValue);
        RuleFor(c => c)
            .Must(c => c.Name is not null || c.Slug is not null || c.Position is not null || c.ParentId.HasValue)
            .OverridePropertyName("body")
            .WithMessage("Supply at least one of name, slug, position or parentId.");
    }
}
