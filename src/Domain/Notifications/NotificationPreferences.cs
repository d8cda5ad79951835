using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Notifications;

/// <summary>
/// A user's choice of channels per category; the id is the user's id. Without a stored choice every transactional
/// category goes out on every channel and marketing on none (marketing needs an opt-in). Transactional email is
/// always on: a user cannot lose the receipt of an order or payment by switching it off.
/// </summary>
public sealed class NotificationPreferences : AggregateRoot<Guid>
{
    private readonly List<CategoryPreference> _categories = [];

    private NotificationPreferences(Guid id, DateTimeOffset updatedAt) : base(id) => UpdatedAt = updatedAt;

    /// <summary>One entry per category, in <see cref="NotificationCategories.All"/> order.</summary>
    public IReadOnlyList<CategoryPreference> Categories => [.. NotificationCategories.All.Select(For)];

    public DateTimeOffset UpdatedAt { get; private set; }

    public static NotificationPreferences CreateDefault(Guid userId, DateTimeOffset now) => new(userId, now);

    public static CategoryPreference DefaultFor(NotificationCategory category) =>
        category.IsTransactional() ? new(category, true, true, true) : new(category, false, false, false);

    public bool Allows(NotificationCategory category, NotificationChannel channel) => For(category).Allows(channel);

    public CategoryPreference For(NotificationCategory category) =>
        _categories.FirstOrDefault(c => c.Category == category) ?? DefaultFor(category);

    public void Set(NotificationCategory category, bool email, bool sms, bool inApp, DateTimeOffset now)
    {
        if (category.IsTransactional() && !email)
        {
            throw new DomainException(TransactionalEmailRequired(category));
        }

        _categories.RemoveAll(c => c.Category == category);
        _categories.Add(new CategoryPreference(category, email, sms, inApp));
        UpdatedAt = now;
    }

    public static Error TransactionalEmailRequired(NotificationCategory category) => Error.Validation(
        "notification.transactional_email_required",
        $"Email cannot be switched off for {category} messages: transactional messages (orders, payments, refunds, payouts, KYC) are always emailed.",
        "email");
}
