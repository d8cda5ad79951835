using CustomiseYou.Domain.Catalog;
using FluentValidation;

namespace CustomiseYou.Application.Categories.Common;

/// <summary>Field rules shared by the create and update validators.</summary>
internal static class CategoryRules
{
    private const string SlugPattern = @"^[\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{M}]+(-[\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{M}]+)*$";

    public static IRuleBuilderOptions<T, string?> ValidCategoryName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Category.NameMaxLength); // NotEmpty also refuses whitespace-only names

    public static IRuleBuilderOptions<T, string?> ValidSlug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Slug.MaxLength)
            .Matches(SlugPattern).WithMessage("'{PropertyName}' must be lower-case letters or digits joined by single hyphens.");

    public static IRuleBuilderOptions<T, int?> ValidPosition<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, 100_000);
}
