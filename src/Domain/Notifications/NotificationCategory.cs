namespace CustomiseYou.Domain.Notifications;

/// <summary>What a message is about. Everything but <see cref="Marketing"/> is transactional (see <see cref="NotificationCategories"/>).</summary>
public enum NotificationCategory
{
    Order,
    Payment,
    Refund,
    Payout,
    Kyc,
    Marketing,
}

public static class NotificationCategories
{
    public static readonly IReadOnlyList<NotificationCategory> All = Enum.GetValues<NotificationCategory>();

    /// <summary>Messages about the person's own orders, money and shop; they are owed by email, so email cannot be switched off.</summary>
    public static bool IsTransactional(this NotificationCategory category) => category != NotificationCategory.Marketing;
}
