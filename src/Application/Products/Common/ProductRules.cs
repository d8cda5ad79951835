using CustomiseYou.Domain.Catalog;
using FluentValidation;

namespace CustomiseYou.Application.Products.Common;

internal static class ProductRules
{
    public static IRuleBuilderOptions<T, string?> ValidTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Product.TitleMaxLength);

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().MaximumLength(Product.DescriptionMaxLength);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || tags.Count <= Product.MaxTags).WithMessage($"At most {Product.MaxTags} tags.")
            .Must(tags => tags is null || tags.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= Product.TagMaxLength))
            .WithMessage($"Tags are 1 to {Product.TagMaxLength} characters.");
}
