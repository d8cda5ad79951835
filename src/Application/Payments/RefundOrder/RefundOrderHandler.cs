using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using Mediator;

namespace CustomiseYou.Application.Payments.RefundOrder;

public sealed class RefundOrderHandler(IOrderRepository orders, OrderRefunds refunds, IUnitOfWork unitOfWork, ICurrentUser currentUser)
    : ICommandHandler<RefundOrderCommand, Result<RefundDto>>
{
    public async ValueTask<Result<RefundDto>> Handle(RefundOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.GetByIdAsync(command.OrderId, cancellationToken);
        if (order is null)
        {
            return OrderErrors.OrderNotFound(command.OrderId);
        }

        var refunded = await refunds.RefundAsync(
            order,
            Money.Of(command.Amount, order.Total.Currency),
            command.Reason.Trim(),
            $"admin:{currentUser.RequiredUserId:N}:{command.IdempotencyKey}",
            cancellationToken);
        if (!refunded.IsSuccess)
        {
            return refunded.Error!;
        }

        await unitOfWork.CommitAsync(cancellationToken);
        var refund = refunded.Value;
        return new RefundDto(
            refund.RefundId,
            order.Id,
            MoneyDto.From(refund.Amount),
            MoneyDto.From(refund.FeeReversed),
            MoneyDto.From(refund.SellerShareReversed),
            MoneyDto.From(order.Refunded));
    }
}
