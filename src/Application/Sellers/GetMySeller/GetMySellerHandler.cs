using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Sellers.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Sellers.GetMySeller;

public sealed class GetMySellerHandler(ISellerQueries queries, ICurrentUser currentUser) : IQueryHandler<GetMySellerQuery, Result<SellerDto>>
{
    public async ValueTask<Result<SellerDto>> Handle(GetMySellerQuery query, CancellationToken cancellationToken) =>
        await queries.FindByOwnerAsync(currentUser.RequiredUserId, cancellationToken) is { } seller
            ? seller
            : SellerErrors.NoSellerForCaller;
}
