using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Orders.Events;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>Paid, shipped and delivered are worth a message; cancellations have their own event and rule.</summary>
public sealed class OrderStatusChangedRule(IOrderRepository orders) : NotificationRule<OrderStatusChanged>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(OrderStatusChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Status is not (OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered)
            || await orders.GetByIdAsync(changed.OrderId, cancellationToken) is not { } order)
        {
            return [];
        }

        return
        [
            changed.Status switch
            {
                OrderStatus.Paid => OrderIntents.ToCustomer(order, NotificationCategory.Payment, NotificationTemplates.OrderPaid),
                OrderStatus.Shipped => OrderIntents.ToCustomer(
                    order,
                    NotificationCategory.Order,
                    NotificationTemplates.OrderShipped,
                    (TemplateValues.TrackingNumber, order.TrackingNumber ?? "")),
                _ => OrderIntents.ToCustomer(order, NotificationCategory.Order, NotificationTemplates.OrderDelivered),
            },
        ];
    }
}
