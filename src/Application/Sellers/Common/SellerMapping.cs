using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>Aggregate to DTO, shared by the handlers and the read side.</summary>
public static class SellerMapping
{
    public static SellerDto ToDto(this Seller seller) =>
        new(
            seller.Id,
            seller.OwnerUserId,
            seller.BusinessName,
            seller.LegalName,
            seller.Country,
            seller.Address.ToDto(),
            seller.PayoutAccount,
            seller.KycStatus,
            seller.IsVerified,
            seller.RejectionReason,
            seller.CreatedAt,
            [.. seller.Documents.OrderBy(d => d.UploadedAt).ThenBy(d => d.Id).Select(d => d.ToDto())],
            [.. seller.KycHistory.OrderBy(h => h.At).Select(h => new KycDecisionDto(h.Status, h.ActorId, h.At, h.Reason))]);

    public static SellerProfileDto ToProfile(this SellerDto seller) =>
        new(seller.Id, seller.BusinessName, seller.Country, seller.Verified, seller.CreatedAt);

    public static KycDocumentDto ToDto(this KycDocument document) =>
        new(document.Id, document.Kind, document.FileKind, document.SizeBytes, document.UploadedAt);

    public static AddressDto ToDto(this Address address) =>
        new(address.Line1, address.Line2, address.City, address.Region, address.PostalCode, address.Country);

    /// <summary>Trims every part; blank optional lines become null.</summary>
    public static Address ToAddress(this AddressDto address) =>
        new(
            address.Line1.Trim(),
            string.IsNullOrWhiteSpace(address.Line2) ? null : address.Line2.Trim(),
            address.City.Trim(),
            string.IsNullOrWhiteSpace(address.Region) ? null : address.Region.Trim(),
            address.PostalCode.Trim(),
            address.Country);
}
