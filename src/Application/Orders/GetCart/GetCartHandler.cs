using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Orders.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.GetCart;

public sealed class GetCartHandler(ICartQueries queries, ICurrentUser currentUser, ITenantContext tenant) : IQueryHandler<GetCartQuery, CartDto>
{
    public async ValueTask<CartDto> Handle(GetCartQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(currentUser.RequiredUserId, tenant.Tenant.Currency, cancellationToken);
}
