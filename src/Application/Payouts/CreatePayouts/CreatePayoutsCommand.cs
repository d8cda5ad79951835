using CustomiseYou.Application.Common.Behaviours;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payouts.CreatePayouts;

/// <summary>Step one of a payout run (the scheduler's): create this period's payouts for every seller due one.</summary>
[Transaction(TransactionPolicy.AllOrNothing)]
public sealed record CreatePayoutsCommand(Guid RunId) : ICommand<Result<int>>;
