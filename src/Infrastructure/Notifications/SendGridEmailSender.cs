using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Tenancy;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>Sends through SendGrid's v3 mail API, from the region's sender address.</summary>
internal sealed class SendGridEmailSender(HttpClient http, IOptions<NotificationOptions> options, ITenantContext tenant,
    ConfigurationTenantStore tenants) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        var client = new SendGridClient(http, new SendGridClientOptions
        {
            ApiKey = settings.SendGridApiKey ?? throw new InvalidOperationException("Notifications:Email:SendGridApiKey is not configured."),
            Host = settings.SendGridBaseUrl,
        });
        var mail = MailHelper.CreateSingleEmail(
            new EmailAddress(tenants.InfrastructureOf(tenant.Tenant).Notifications.EmailFrom, tenant.Tenant.Name),
            new EmailAddress(message.To),
            message.Subject,
            message.TextBody,
            message.HtmlBody);
        Response response;
        try
        {
            response = await client.SendEmailAsync(mail, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ExternalServiceException("SendGrid", "unreachable", exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ExternalServiceException("SendGrid", $"answered {(int)response.StatusCode}");
        }
    }
}
