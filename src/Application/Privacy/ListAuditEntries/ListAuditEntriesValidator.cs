using FluentValidation;

namespace CustomiseYou.Application.Privacy.ListAuditEntries;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Cursor).MaximumLength(200);
    }
}
