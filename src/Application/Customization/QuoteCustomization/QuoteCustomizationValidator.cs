using CustomiseYou.Application.Customization.Common;
using FluentValidation;

namespace CustomiseYou.Application.Customization.QuoteCustomization;

public sealed class QuoteCustomizationValidator : AbstractValidator<QuoteCustomizationQuery>
{
    public QuoteCustomizationValidator()
    {
        RuleFor(q => q.Quantity).InclusiveBetween(1, 10_000);
        RuleFor(q => q.Selections).Must(s => s is null || s.Count <= SelectionParser.MaxKeys)
            .WithMessage($"At most {SelectionParser.MaxKeys} selections.");
        RuleFor(q => q.Locale).MaximumLength(20);
    }
}
