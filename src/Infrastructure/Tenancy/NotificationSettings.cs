namespace CustomiseYou.Infrastructure.Tenancy;

public sealed record NotificationSettings
{
    public string EmailFrom { get; init; } = "no-reply@customiseyou.example";

    public string? SmsFrom { get; init; }
}
