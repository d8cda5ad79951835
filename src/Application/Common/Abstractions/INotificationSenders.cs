namespace CustomiseYou.Application.Common.Abstractions;

public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);

public sealed record SmsMessage(string To, string Body);

/// <summary>Sends an email now (SendGrid in production, files under data/outbox in Development).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends a text message now (Twilio in production, files under data/outbox in Development).</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>A provider could not be reached or refused the request; the caller may retry later (503).</summary>
public sealed class ExternalServiceException(string service, string message, Exception? inner = null)
    : Exception($"{service}: {message}", inner)
{
    public string Service { get; } = service;
}
