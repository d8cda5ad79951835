using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Application.Orders.ExpireUnpaidOrders;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Orders.Events;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>A cancellation tells the customer why, and whether their payment comes back.</summary>
public sealed class OrderCancelledRule(IOrderRepository orders) : NotificationRule<OrderCancelled>
{
    protected override async Task<IReadOnlyList<NotificationIntent>> MapAsync(OrderCancelled cancelled, CancellationToken cancellationToken)
    {
        if (await orders.GetByIdAsync(cancelled.OrderId, cancellationToken) is not { } order)
        {
            return [];
        }

        if (order.CancellationReason == ExpireUnpaidOrdersHandler.Reason)
        {
            return [OrderIntents.ToCustomer(order, NotificationCategory.Order, NotificationTemplates.OrderPaymentExpired)];
        }

        var template = cancelled.RefundDue ? NotificationTemplates.OrderCancelledRefundDue : NotificationTemplates.OrderCancelled;
        return [OrderIntents.ToCustomer(order, NotificationCategory.Order, template, (TemplateValues.Reason, order.CancellationReason ?? ""))];
    }
}
