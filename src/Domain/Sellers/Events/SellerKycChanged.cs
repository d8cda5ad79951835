using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Sellers.Events;

public sealed record SellerKycChanged(Guid SellerId, KycStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
