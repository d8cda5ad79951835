using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payouts.ExecutePayouts;

/// <summary>Step two, repeated until nothing is claimed: pay one batch of due payouts through the tenant's provider, one commit per batch.</summary>
[Transaction(TransactionPolicy.ClaimAcrossProviderCalls)]
public sealed record ExecutePayoutsCommand(int BatchSize = 200) : ICommand<Result<PayoutBatchResult>>;

public sealed record PayoutBatchResult(int Claimed, int Succeeded, int Retrying, int Failed);
