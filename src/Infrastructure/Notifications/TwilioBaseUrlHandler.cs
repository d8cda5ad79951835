using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>
/// The Twilio SDK builds its URLs from fixed host names; this handler sends them to <see cref="SmsOptions.TwilioBaseUrl"/>
/// instead (path and query kept, the base's path prefixed), so configuration alone decides where the calls go.
/// </summary>
internal sealed class TwilioBaseUrlHandler(IOptions<NotificationOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            var target = new Uri(options.Value.Sms.TwilioBaseUrl);
            request.RequestUri = new UriBuilder(uri)
            {
                Scheme = target.Scheme,
                Host = target.Host,
                Port = target.Port,
                Path = target.AbsolutePath.TrimEnd('/') + uri.AbsolutePath,
            }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
