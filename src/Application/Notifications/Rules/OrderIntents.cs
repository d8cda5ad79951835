using CustomiseYou.Application.Notifications.Common;
using CustomiseYou.Domain.Notifications;
using CustomiseYou.Domain.Orders;

namespace CustomiseYou.Application.Notifications.Rules;

/// <summary>Order messages go to the customer, about the order's number and total.</summary>
internal static class OrderIntents
{
    public static NotificationIntent ToCustomer(
        Order order, NotificationCategory category, string template, params (string Name, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [TemplateValues.OrderNumber] = TemplateValues.ShortId(order.Id) };
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return new NotificationIntent(order.CustomerId, category, template, values, order.Total);
    }
}
