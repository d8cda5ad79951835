using FluentValidation;

namespace CustomiseYou.Application.Products.SearchProducts;

public sealed class SearchProductsValidator : AbstractValidator<SearchProductsQuery>
{
    public SearchProductsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.MinPrice).GreaterThanOrEqualTo(0m);
        RuleFor(q => q.MaxPrice).GreaterThanOrEqualTo(q => q.MinPrice ?? 0m).When(q => q.MaxPrice is not null);
        RuleFor(q => q.MinRating).InclusiveBetween(0m, 5m);
        RuleFor(q => q.Sort).Must(sort => ProductSorts.Parse(sort) is not null)
            .WithMessage($"'{{PropertyName}}' is one of: {string.Join(", ", ProductSorts.Names)}.");
        RuleFor(q => q.Cursor).MaximumLength(300);
    }
}
