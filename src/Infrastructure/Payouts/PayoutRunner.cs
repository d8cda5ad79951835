using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Tenancy;
using CustomiseYou.Application.Payouts.CreatePayouts;
using CustomiseYou.Application.Payouts.ExecutePayouts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CustomiseYou.Infrastructure.Payouts;

/// <summary>
/// One payout run for one tenant: create the period's payouts in one statement (its own commit), then pay them in
/// batches, each batch its own transaction, until nothing due is left. Safe on several instances at once: creation is
/// unique per seller and period, and each batch locks its payouts with SKIP LOCKED.
/// </summary>
public sealed class PayoutRunner(IServiceScopeFactory scopes)
{
    public async Task<PayoutRunResult> RunAsync(Tenant tenant, Guid runId, CancellationToken cancellationToken)
    {
        var created = await InTenantAsync(tenant, sender => sender.Send(new CreatePayoutsCommand(runId), cancellationToken));
        var total = new PayoutBatchResult(0, 0, 0, 0);
        while (true)
        {
            var batch = await InTenantAsync(tenant, sender => sender.Send(new ExecutePayoutsCommand(), cancellationToken));
            if (batch.Value.Claimed == 0)
            {
                return new PayoutRunResult(created.Value, total.Succeeded, total.Retrying, total.Failed);
            }

            total = new PayoutBatchResult(total.Claimed + batch.Value.Claimed, total.Succeeded + batch.Value.Succeeded, total.Retrying + batch.Value.Retrying, total.Failed + batch.Value.Failed);
        }
    }

    private async Task<T> InTenantAsync<T>(Tenant tenant, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(tenant);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}

public sealed record PayoutRunResult(int Created, int Succeeded, int Retrying, int Failed)
{
    public override string ToString() => $"{Created} created, {Succeeded} paid, {Retrying} to retry, {Failed} failed";
}
