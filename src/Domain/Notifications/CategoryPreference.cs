namespace CustomiseYou.Domain.Notifications;

/// <summary>Which channels carry one category of messages to a user.</summary>
public sealed record CategoryPreference(NotificationCategory Category, bool Email, bool Sms, bool InApp)
{
    public bool Allows(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => Email,
        NotificationChannel.Sms => Sms,
        NotificationChannel.InApp => InApp,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
