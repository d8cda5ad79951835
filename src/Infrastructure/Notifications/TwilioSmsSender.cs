using System.Net.Http.Headers;
using System.Text;
using CustomiseYou.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>Twilio's REST Messages resource over a typed HttpClient (the Twilio SDK cannot be restored here).</summary>
internal sealed class TwilioSmsSender(HttpClient http, IOptions<NotificationOptions> options, ITenantContext tenant) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Sms;
        var accountSid = settings.TwilioAccountSid ?? throw new InvalidOperationException("Notifications:Sms:TwilioAccountSid is not configured.");
        var from = tenant.Tenant.Notifications.SmsFrom
            ?? throw new InvalidOperationException($"Tenant '{tenant.Tenant.Id}' has no Notifications:SmsFrom.");
        using var request = new HttpRequestMessage(
            HttpMethod.Post, new Uri($"{settings.TwilioBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(accountSid)}/Messages.json"))
        {
            Content = new FormUrlEncodedContent([new("To", message.To), new("From", from), new("Body", message.Body)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{settings.TwilioAuthToken}")));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ExternalServiceException("Twilio", "unreachable", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ExternalServiceException("Twilio", $"answered {(int)response.StatusCode}");
            }
        }
    }
}
