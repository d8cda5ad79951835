using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Security;
using CustomiseYou.Application.Payouts.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Sellers;
using Mediator;

namespace CustomiseYou.Application.Payouts.ListPayouts;

public sealed class ListPayoutsHandler(ISellerRepository sellers, IPayoutQueries queries, ICurrentUser currentUser)
    : IQueryHandler<ListPayoutsQuery, Result<PayoutPage>>
{
    public async ValueTask<Result<PayoutPage>> Handle(ListPayoutsQuery query, CancellationToken cancellationToken)
    {
        if (query.AllSellers)
        {
            return currentUser.IsInRole(Roles.Admin)
                ? await queries.ListAsync(null, query.Status, query.Limit, query.Cursor, cancellationToken)
                : Error.Forbidden("auth.forbidden", "Only admins see every seller's payouts.");
        }

        var seller = await sellers.GetByOwnerAsync(currentUser.RequiredUserId, cancellationToken);
        return seller is null
            ? PayoutErrors.NotASeller
            : await queries.ListAsync(seller.Id, query.Status, query.Limit, query.Cursor, cancellationToken);
    }
}
