namespace CustomiseYou.Application.Sellers.Common;

/// <summary>What anyone may see of a seller: no legal name, address, payout account or KYC detail.</summary>
public sealed record SellerProfileDto(Guid Id, string BusinessName, string Country, bool Verified, DateTimeOffset CreatedAt);
