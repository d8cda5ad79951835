using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Infrastructure.Tenancy;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace CustomiseYou.Infrastructure.Notifications;

/// <summary>Texts through Twilio's Messages resource with the official SDK, from the region's own number and account.</summary>
internal sealed class TwilioSmsSender(TwilioClients clients, ITenantContext tenant, ConfigurationTenantStore tenants) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var from = tenants.InfrastructureOf(tenant.Tenant).Notifications.SmsFrom
            ?? throw new InvalidOperationException($"Tenant '{tenant.Tenant.Id}' has no Notifications:SmsFrom.");
        var client = clients.For(tenant.Tenant.Id);
        var options = new CreateMessageOptions(new PhoneNumber(message.To)) { From = new PhoneNumber(from), Body = message.Body };
        try
        {
            // The SDK takes no cancellation token: stop waiting when asked; the HttpClient's own timeouts end the call.
            await MessageResource.CreateAsync(options, client).WaitAsync(cancellationToken);
        }
        catch (ApiConnectionException exception)
        {
            // No connection, a timeout or an open circuit (the SDK wraps whatever the HttpClient threw).
            throw new ExternalServiceException("Twilio", "unreachable", exception);
        }
        catch (ApiException exception)
        {
            throw new ExternalServiceException("Twilio", $"answered {exception.Status}", exception);
        }
    }
}
