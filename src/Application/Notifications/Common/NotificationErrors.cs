using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Notifications.Common;

public static class NotificationErrors
{
    /// <summary>Also for someone else's notification: to anyone but its recipient it does not exist.</summary>
    public static Error NotFound(Guid id) => Error.NotFound("notification.not_found", $"Notification '{id}' does not exist.");

    public static Error DeliveryNotFound(Guid id) => Error.NotFound("notification.delivery_not_found", $"Delivery '{id}' does not exist.");

    public static string UnsupportedLocale(IEnumerable<string> available) =>
        $"The locale must be one of the region's: {string.Join(", ", available)}.";
}
