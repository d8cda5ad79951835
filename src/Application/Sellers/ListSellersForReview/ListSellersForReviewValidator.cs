using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Sellers;
using FluentValidation;

namespace CustomiseYou.Application.Sellers.ListSellersForReview;

public sealed class ListSellersForReviewValidator : AbstractValidator<ListSellersForReviewQuery>
{
    public ListSellersForReviewValidator()
    {
        RuleFor(q => q.KycStatus)
            .Must(status => SellerRules.TryParseStatus(status, out _))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Enum.GetNames<KycStatus>())}.")
            .When(q => q.KycStatus is not null);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListSellersForReviewQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .Must(cursor => SellerCursor.TryDecode(cursor, out _))
            .WithMessage("'{PropertyName}' is not a cursor this list returned.")
            .When(q => q.Cursor is not null);
    }
}
