using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.ListSellersForReview;

/// <summary>
/// The admin review queue: sellers oldest first, optionally of one <c>KycStatus</c> (a <see cref="Domain.Sellers.KycStatus"/>
/// name), <c>Limit</c> 1-100 (default 20) per page, continuing after an opaque <c>Cursor</c> from the previous page.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ListSellersForReviewQuery(string? KycStatus, int? Limit, string? Cursor) : IQuery<Result<SellerReviewPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
