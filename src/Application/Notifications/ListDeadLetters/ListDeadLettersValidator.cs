using FluentValidation;

namespace CustomiseYou.Application.Notifications.ListDeadLetters;

public sealed class ListDeadLettersValidator : AbstractValidator<ListDeadLettersQuery>
{
    public ListDeadLettersValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Cursor).MaximumLength(200);
    }
}
