using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Payouts.GetSellerBalance;

public sealed class GetSellerBalanceHandler(ISellerRepository sellers, IPayoutQueries queries, ICurrentUser currentUser, ITenantContext tenant)
    : IQueryHandler<GetSellerBalanceQuery, Result<SellerBalanceDto>>
{
    public async ValueTask<Result<SellerBalanceDto>> Handle(GetSellerBalanceQuery query, CancellationToken cancellationToken)
    {
        var seller = await sellers.GetByOwnerAsync(currentUser.RequiredUserId, cancellationToken);
        if (seller is null)
        {
            return PayoutErrors.NotASeller;
        }

        var currency = tenant.Tenant.Currency;
        var balance = await queries.BalanceAsync(seller.Id, currency, cancellationToken);
        return new SellerBalanceDto(seller.Id, MoneyDto.From(balance.Pending), MoneyDto.From(balance.Available), MoneyDto.From(balance.Paid),
            MoneyDto.From(Money.Of(tenant.Tenant.MinimumPayout, currency)));
    }
}
