using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Domain.Payouts;
using Mediator;

namespace CustomiseYou.Application.Payouts.ExecutePayouts;

/// <summary>
/// The payout id is the provider's idempotency key, so a payout retried after a crash (its batch's transaction rolled
/// back and left it Pending) or a failed attempt reaches the provider as the same request and is never paid twice.
/// A provider refusal or outage counts as a failed attempt; the last one marks the payout Failed and tells the admins
/// (PayoutFailed).
/// </summary>
public sealed class ExecutePayoutsHandler(
    IPayoutPlanner planner, IPayoutQueries queries, IPaymentGateways gateways, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ExecutePayoutsCommand, Result<PayoutBatchResult>>
{
    public async ValueTask<Result<PayoutBatchResult>> Handle(ExecutePayoutsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await planner.ClaimDueAsync(command.BatchSize, now, cancellationToken);
        if (claimed.Count == 0)
        {
            return new PayoutBatchResult(0, 0, 0, 0);
        }

        var funding = await queries.FundingAsync(claimed, tenant.Tenant.Currency, cancellationToken);
        var gateway = gateways.For(tenant.Tenant.PaymentProvider);

        // Provider calls run side by side (they are independent HTTP requests); what they did is applied one by one below.
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<Guid, Result<ProviderPayout>>();
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = PayoutPolicy.ProviderConcurrency, CancellationToken = cancellationToken },
            async (payout, ct) => outcomes[payout.Id] = await PayOutAsync(gateway, payout, funding[payout.Id], ct));

        int succeeded = 0, retrying = 0, failed = 0;
        var ledgerRows = new List<LedgerTransaction>(claimed.Count);
        foreach (var payout in claimed)
        {
            var outcome = outcomes[payout.Id];
            if (outcome.IsSuccess)
            {
                payout.Succeed(outcome.Value.Reference, now);
                ledgerRows.Add(LedgerTransaction.Record(TransactionKind.Payout, null, null, payout.SellerId, payout.Amount,
                    gateway.Provider, outcome.Value.Reference, TransactionStatus.Succeeded, payout.Id, now));
                succeeded++;
                continue;
            }

            payout.Fail(outcome.Error!.Message, now, PayoutPolicy.MaxAttempts);
            if (payout.Status == PayoutStatus.Failed)
            {
                failed++;
            }
            else
            {
                retrying++;
            }
        }

        await planner.SaveAttemptsAsync(claimed, ledgerRows, cancellationToken);
        return new PayoutBatchResult(claimed.Count, succeeded, retrying, failed);
    }

    /// <summary>A refusal or an outage is one failed attempt of this payout (retried with backoff); the rest of the batch still gets paid.</summary>
    private static async Task<Result<ProviderPayout>> PayOutAsync(
        IPaymentGateway gateway, Payout payout, PayoutFunding funds, CancellationToken cancellationToken)
    {
        try
        {
            return await gateway.PayOutAsync(
                new PayoutRequest(
                    payout.Id, payout.SellerId, funds.PayoutAccount, payout.Amount, funds.Owed, funds.HeldTransfers, $"payout-{payout.Id:N}"),
                cancellationToken);
        }
        catch (Exception exception) when (exception is ExternalServiceException or PaymentDeclinedException)
        {
            return new Error("payout.provider_failed", exception.Message, ErrorType.Unavailable);
        }
    }
}
