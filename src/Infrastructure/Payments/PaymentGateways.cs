using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Domain.Payments;
using CustomiseYou.Infrastructure.Payments.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomiseYou.Infrastructure.Payments;

/// <summary>
/// Resolves the gateway per call, so each tenant gets its own provider; in offline development every provider takes
/// manual payments and only development-signed webhooks (<see cref="OfflinePaymentGateway"/>).
/// </summary>
internal sealed class PaymentGateways(IServiceProvider services, IOptions<PaymentOptions> options, TimeProvider clock) : IPaymentGateways
{
    public IPaymentGateway For(PaymentProvider provider) => !options.Value.Offline || provider == PaymentProvider.Manual
        ? services.GetRequiredKeyedService<IPaymentGateway>(provider)
        : new OfflinePaymentGateway(provider, services.GetRequiredKeyedService<IPaymentGateway>(PaymentProvider.Manual), options, clock);
}
