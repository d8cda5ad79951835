using CustomiseYou.Application.Categories.Common;
using FluentValidation;

namespace CustomiseYou.Application.Categories.CreateCategory;

public sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryCommand>
{
    public CreateCategoryValidator()
    {
        RuleFor(c => c.Name).ValidCategoryName();
        RuleFor(c => c.Slug).ValidSlug();
        RuleFor(c => c.Position).ValidPosition();
        RuleFor(c => c.ParentId).NotEqual(Guid.Empty);
    }
}
