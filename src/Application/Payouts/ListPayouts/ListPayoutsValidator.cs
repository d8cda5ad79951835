using FluentValidation;

namespace CustomiseYou.Application.Payouts.ListPayouts;

public sealed class ListPayoutsValidator : AbstractValidator<ListPayoutsQuery>
{
    public ListPayoutsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Cursor).MaximumLength(200);
    }
}
