using System.Globalization;
using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>Development stand-in: each message becomes one file under the outbox directory, so codes can be read there.</summary>
internal sealed class FileOutboxSender(IOptions<NotificationOptions> options, ITenantContext tenant, TimeProvider clock) : IEmailSender, ISmsSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        WriteAsync("email", $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}\n", cancellationToken);

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) =>
        WriteAsync("sms", $"To: {message.To}\n\n{message.Body}\n", cancellationToken);

    private async Task WriteAsync(string channel, string content, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.OutboxDirectory);
        Directory.CreateDirectory(directory);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss.fff", CultureInfo.InvariantCulture);
        var path = Path.Combine(directory, $"{stamp}-{tenant.Tenant.Id}-{channel}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, $"Tenant: {tenant.Tenant.Id}\n{content}", cancellationToken);
    }
}
