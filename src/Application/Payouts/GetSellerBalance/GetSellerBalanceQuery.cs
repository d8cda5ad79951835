using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Payouts.GetSellerBalance;

/// <summary>The caller's shop: pending (orders not complete yet), available (next payout) and paid, in the tenant currency.</summary>
[Authorize]
[ApiScope(ApiScopes.PayoutsRead)]
public sealed record GetSellerBalanceQuery : IQuery<Result<SellerBalanceDto>>;

public sealed record SellerBalanceDto(Guid SellerId, MoneyDto Pending, MoneyDto Available, MoneyDto Paid, MoneyDto MinimumPayout);
