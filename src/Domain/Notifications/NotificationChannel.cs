namespace CustomiseYou.Domain.Notifications;

public enum NotificationChannel
{
    Email,
    Sms,
    InApp,
}
