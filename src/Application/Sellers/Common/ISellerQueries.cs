using CustomiseYou.Domain.Sellers;

namespace CustomiseYou.Application.Sellers.Common;

/// <summary>A row of the admin review queue.</summary>
public sealed record SellerSummaryDto(
    Guid Id,
    Guid OwnerUserId,
    string BusinessName,
    string LegalName,
    string Country,
    KycStatus KycStatus,
    int DocumentCount,
    DateTimeOffset CreatedAt);

/// <summary>Read side of sellers, in the current tenant.</summary>
public interface ISellerQueries
{
    Task<SellerDto?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<SellerDto?> FindByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> sellers (of <paramref name="status"/> when given) ordered by (createdAt, id),
    /// strictly after <paramref name="after"/> when given: keyset pagination, stable under inserts.
    /// </summary>
    Task<IReadOnlyList<SellerSummaryDto>> ListAsync(KycStatus? status, SellerCursor? after, int take, CancellationToken cancellationToken);

    /// <summary>
    /// The payout account (Stripe Connect / Razorpay linked account) of each of <paramref name="sellerIds"/>, null where
    /// none is set; one query.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string?>> PayoutAccountsAsync(IReadOnlyCollection<Guid> sellerIds, CancellationToken cancellationToken);
}
