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

    /// <summary>
    /// Where every Twilio API call goes (scheme, host, port and an optional path prefix): Twilio's own host, a regional
    /// edge such as <c>https://api.dublin.ie1.twilio.com</c>, or a local stub in tests.
    /// </summary>
    public string TwilioBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>
    /// A region's own Twilio account (<c>Notifications:Sms:Regions:&lt;id&gt;</c>); what it leaves out falls back to the
    /// values above.
    /// </summary>
    public Dictionary<string, TwilioAccount> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class TwilioAccount
{
    public string? TwilioAccountSid { get; set; }

    public string? TwilioAuthToken { get; set; }
}
