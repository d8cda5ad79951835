namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>Bound from <c>Notifications</c>: which channel implementation runs, and the provider credentials.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public EmailOptions Email { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    /// <summary>Where the file senders write, one file per message (Development).</summary>
    public string OutboxDirectory { get; set; } = "data/outbox";
}

public enum EmailProvider
{
    File,
    SendGrid,
}

public enum SmsProvider
{
    File,
    Twilio,
}

public sealed class EmailOptions
{
    public EmailProvider Provider { get; set; } = EmailProvider.SendGrid;

    public string? SendGridApiKey { get; set; }

    /// <summary>Overridable so tests can point SendGrid at a local server.</summary>
    public string SendGridBaseUrl { get; set; } = "https://api.sendgrid.com";
}

public sealed class SmsOptions
{
    public SmsProvider Provider { get; set; } = SmsProvider.Twilio;

    public string? TwilioAccountSid { get; set; }

    public string? TwilioAuthToken { get; set; }

    public string TwilioBaseUrl { get; set; } = "https://api.twilio.com";
}
