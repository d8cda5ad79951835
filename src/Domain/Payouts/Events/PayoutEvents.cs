using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Payouts.Events;

public sealed record PayoutSent(Guid PayoutId, Guid SellerId, decimal Amount, string Currency, string Period, DateTimeOffset OccurredAt)
    : IDomainEvent;

/// <summary>The last attempt failed; admins are told (notification) and see it in the payout list.</summary>
public sealed record PayoutFailed(Guid PayoutId, Guid SellerId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
