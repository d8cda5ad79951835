using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.GetSeller;

public sealed class GetSellerHandler(ISellerQueries queries, ICurrentUser currentUser) : IQueryHandler<GetSellerQuery, Result<GetSellerResult>>
{
    public async ValueTask<Result<GetSellerResult>> Handle(GetSellerQuery query, CancellationToken cancellationToken)
    {
        var seller = await queries.FindAsync(query.Id, cancellationToken);
        if (seller is null)
        {
            return SellerErrors.NotFound(query.Id);
        }

        return new GetSellerResult(seller.ToProfile(), currentUser.CanManage(seller.OwnerUserId) ? seller : null);
    }
}
