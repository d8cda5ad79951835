using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Http;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>
/// The Twilio SDK client of one region: that region's account over an HttpClient from our factory (timeouts, pooled
/// handlers, <see cref="TwilioBaseUrlHandler"/>). Built per send, never the SDK's static <c>TwilioClient</c>: regions
/// have accounts of their own, and a factory HttpClient is meant to be short-lived.
/// </summary>
internal sealed class TwilioClients(IHttpClientFactory httpClients, IOptions<NotificationOptions> options)
{
    public const string HttpClientName = "twilio";

    public ITwilioRestClient For(string tenantId)
    {
        var settings = options.Value.Sms;
        var account = settings.Regions.GetValueOrDefault(tenantId);
        var accountSid = account?.TwilioAccountSid ?? settings.TwilioAccountSid ?? throw NotConfigured("TwilioAccountSid", tenantId);
        var authToken = account?.TwilioAuthToken ?? settings.TwilioAuthToken ?? throw NotConfigured("TwilioAuthToken", tenantId);
        var http = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName));
        return new TwilioRestClient(accountSid, authToken, accountSid, httpClient: http);
    }

    private static InvalidOperationException NotConfigured(string setting, string tenantId) =>
        new($"Notifications:Sms:{setting} is not configured (nor Notifications:Sms:Regions:{tenantId}:{setting}).");
}
