using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Payments;

/// <summary>Resolves the gateway per call, so each tenant gets its own provider; in offline development every provider is the manual one.</summary>
internal sealed class PaymentGateways(IServiceProvider services, IOptions<PaymentOptions> options) : IPaymentGateways
{
    public IPaymentGateway For(PaymentProvider provider) =>
        services.GetRequiredKeyedService<IPaymentGateway>(options.Value.Offline ? PaymentProvider.Manual : provider);
}
