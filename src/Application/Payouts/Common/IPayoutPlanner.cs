using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Payouts.Common;

/// <summary>The bulk side of payouts, done in set-based SQL rather than one aggregate at a time.</summary>
public interface IPayoutPlanner
{
    /// <summary>
    /// Creates one Pending payout for <paramref name="period"/> per seller with a payout account whose available balance is at
    /// least <paramref name="minimum"/>, with the completed orders it settles. A seller already paid for the period is skipped
    /// (unique on seller and period), so running twice adds nothing. Returns how many were created.
    /// </summary>
    Task<int> CreateDueAsync(string period, Money minimum, Guid runId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Locks up to <paramref name="batchSize"/> Pending payouts due for an attempt until the caller's transaction ends
    /// (<c>FOR UPDATE SKIP LOCKED</c>) and returns them with their items: two runs never execute the same payout, and a
    /// run that dies releases its batch. Their outcome is written by <see cref="SaveAttemptsAsync"/>.
    /// </summary>
    Task<IReadOnlyList<Domain.Payouts.Payout>> ClaimDueAsync(int batchSize, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Writes what a batch's attempts did in the caller's transaction, set-based: every payout's new state, the ledger's
    /// Payout rows and the outbox rows of the events the attempts raised (PayoutSent, PayoutFailed).
    /// </summary>
    Task SaveAttemptsAsync(
        IReadOnlyList<Domain.Payouts.Payout> attempted,
        IReadOnlyList<Domain.Payments.LedgerTransaction> ledgerRows,
        CancellationToken cancellationToken);
}

/// <summary>A seller's money in three states: earned on orders not yet complete, available to pay, and paid.</summary>
public sealed record SellerBalance(Money Pending, Money Available, Money Paid);

public interface IPayoutQueries
{
    Task<SellerBalance> BalanceAsync(Guid sellerId, string currency, CancellationToken cancellationToken);

    Task<PayoutPage> ListAsync(Guid? sellerId, Domain.Payouts.PayoutStatus? status, int limit, string? cursor, CancellationToken cancellationToken);

    /// <summary>Per payout: the seller's payout account, what its orders' shares still owe from the platform, and their held transfers.</summary>
    Task<IReadOnlyDictionary<Guid, PayoutFunding>> FundingAsync(
        IReadOnlyCollection<Domain.Payouts.Payout> payouts, string currency, CancellationToken cancellationToken);
}

public sealed record PayoutFunding(string PayoutAccount, Money Owed, IReadOnlyList<string> HeldTransfers);

public sealed record PayoutDto(
    Guid Id,
    Guid SellerId,
    string Period,
    CustomiseYou.Application.Common.Models.MoneyDto Amount,
    string Status,
    int Attempts,
    string? LastError,
    string? ProviderReference,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt);

public sealed record PayoutPage(IReadOnlyList<PayoutDto> Items, string? NextCursor);
