using CustomiseYou.Application.Sellers.Common;
namespace CustomiseYou.Application.Sellers.ListSellersForReview;

/// <summary>One page of the review queue; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record SellerReviewPage(IReadOnlyList<SellerSummaryDto> Items, string? NextCursor);
