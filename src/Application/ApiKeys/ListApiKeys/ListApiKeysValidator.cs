using CustomiseYou.Application.Sellers.Common;
using FluentValidation;

namespace CustomiseYou.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListApiKeysQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .Must(cursor => SellerCursor.TryDecode(cursor, out _))
            .WithMessage("'{PropertyName}' is not a cursor this list returned.")
            .When(q => q.Cursor is not null);
    }
}
