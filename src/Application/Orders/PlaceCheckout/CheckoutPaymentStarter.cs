using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Abstractions.Payments;
using CustomiseYou.Application.Payments.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

/// <summary>The provider's payment for a checkout, as the client needs it to pay.</summary>
public sealed record StartedPayment(PaymentProvider Provider, CreatedPayment Created);

/// <summary>
/// Opens the region's provider payment for a placed checkout, with each seller's share to split off, and tracks the
/// pending payment. Called before any transaction opens: nothing is locked across the HTTP call.
/// </summary>
public sealed class CheckoutPaymentStarter(IPaymentGateways gateways, SellerSplits sellerSplits, IPaymentRepository payments, ITenantContext tenant)
{
    public async Task<StartedPayment> StartAsync(PlacedCheckout placed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var checkout = placed.Checkout;
        var gateway = gateways.For(tenant.Tenant.PaymentProvider);
        var splits = await sellerSplits.ForAsync(placed.Orders, cancellationToken);
        var created = await gateway.CreatePaymentAsync(
            new CreatePaymentRequest(checkout.Id, checkout.Total, splits, $"checkout-{checkout.Id:N}"), cancellationToken);
        payments.Add(Payment.Create(
            Guid.CreateVersion7(), checkout.Id, checkout.CustomerId, gateway.Provider, created.ProviderPaymentId, checkout.Total, now));
        return new StartedPayment(gateway.Provider, created);
    }
}
