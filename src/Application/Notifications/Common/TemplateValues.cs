namespace CustomiseYou.Application.Notifications.Common;

/// <summary>Placeholder names shared by rules and templates.</summary>
public static class TemplateValues
{
    public const string OrderNumber = "orderNumber";
    public const string TrackingNumber = "trackingNumber";
    public const string Reason = "reason";
    public const string BusinessName = "businessName";
    public const string Reference = "reference";

    /// <summary>Filled from <see cref="NotificationIntent.Amount"/>.</summary>
    public const string Amount = "amount";

    /// <summary>Filled when rendering: the recipient's full name and the region's name.</summary>
    public const string Name = "name";
    public const string Shop = "shop";

    /// <summary>
    /// The short number people quote to support for an order or payout: the last eight hex digits of the id (the first ones of a
    /// version-7 id are a timestamp shared by everything created in the same minute).
    /// </summary>
    public static string ShortId(Guid id) => id.ToString("N")[^8..].ToUpperInvariant();
}
