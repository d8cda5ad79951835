using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Orders.GetOrder;

public sealed class GetOrderHandler(OrderAccess access) : IQueryHandler<GetOrderQuery, Result<OrderDetailDto>>
{
    public async ValueTask<Result<OrderDetailDto>> Handle(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadAsync(query.Id, cancellationToken);
        return loaded.IsSuccess ? OrderDetailDto.From(loaded.Value.Order) : loaded.Error!;
    }
}
