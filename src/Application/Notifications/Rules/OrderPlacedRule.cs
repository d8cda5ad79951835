using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Orders.Events;

namespace CustomiseYou.Application.Notifications.Rules;

public sealed class OrderPlacedRule(IOrderRepository orders) : NotificationRule<OrderPlaced>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(OrderPlaced placed, CancellationToken cancellationToken) =>
        await orders.GetByIdAsync(placed.OrderId, cancellationToken) is { } order
            ? [OrderIntents.ToCustomer(order, NotificationCategory.Order, NotificationTemplates.OrderPlaced)]
            : [];
}
