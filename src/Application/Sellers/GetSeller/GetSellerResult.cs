using CustomiseYou.Application.Sellers.Common;
namespace CustomiseYou.Application.Sellers.GetSeller;

/// <summary>The public profile, plus the full record when the caller is the owner or an admin.</summary>
public sealed record GetSellerResult(SellerProfileDto Profile, SellerDto? Details);
