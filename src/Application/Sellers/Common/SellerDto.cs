using CustomiseYou.Domain.Common.Files;
using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>Everything about a seller, for its owner and for admins: legal name, address, payout account, KYC documents and trail.</summary>
public sealed record SellerDto(
    Guid Id,
    Guid OwnerUserId,
    string BusinessName,
    string LegalName,
    string Country,
    AddressDto Address,
    string? PayoutAccount,
    KycStatus KycStatus,
    bool Verified,
    string? RejectionReason,
    DateTimeOffset CreatedAt,
    IReadOnlyList<KycDocumentDto> Documents,
    IReadOnlyList<KycDecisionDto> KycHistory);

/// <summary>A postal address as the client sends and reads it; <see cref="Country"/> is ISO 3166-1 alpha-2.</summary>
public sealed record AddressDto(string Line1, string? Line2, string City, string? Region, string PostalCode, string Country);

/// <summary>A KYC document's metadata; the file itself is never served back through the API.</summary>
public sealed record KycDocumentDto(Guid Id, KycDocumentKind Kind, FileKind FileKind, long SizeBytes, DateTimeOffset UploadedAt);

/// <summary>One step of the KYC trail: who moved the application to <see cref="Status"/>, when, and why.</summary>
public sealed record KycDecisionDto(KycStatus Status, Guid ActorId, DateTimeOffset At, string? Reason);
