using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payouts.CreatePayouts;

public sealed class CreatePayoutsHandler(IPayoutPlanner planner, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CreatePayoutsCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(CreatePayoutsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = tenant.Tenant;
        return await planner.CreateDueAsync(
            PayoutPolicy.PeriodFor(settings, now), Money.Of(settings.MinimumPayout, settings.Currency), command.RunId, now, cancellationToken);
    }
}
