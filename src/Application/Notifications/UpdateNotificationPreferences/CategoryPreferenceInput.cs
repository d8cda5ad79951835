using CustomiseYou.Domain.Notifications;

namespace CustomiseYou.Application.Notifications.UpdateNotificationPreferences;

public sealed record CategoryPreferenceInput(NotificationCategory Category, bool Email, bool Sms, bool InApp);
