using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Application.Notifications.Common;

public sealed record CategoryPreferenceDto(NotificationCategory Category, bool Transactional, bool Email, bool Sms, bool InApp);

/// <summary>The caller's language and channels per category; <see cref="AvailableLocales"/> are the region's.</summary>
public sealed record NotificationPreferencesDto(
    string Locale, IReadOnlyList<string> AvailableLocales, IReadOnlyList<CategoryPreferenceDto> Categories)
{
    public static NotificationPreferencesDto From(NotificationPreferences preferences, string locale, IReadOnlyList<string> availableLocales) => new(
        locale,
        availableLocales,
        [.. preferences.Categories.Select(c => new CategoryPreferenceDto(c.Category, c.Category.IsTransactional(), c.Email, c.Sms, c.InApp))]);
}
