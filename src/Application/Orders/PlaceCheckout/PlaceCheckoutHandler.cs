using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Application.Common.Models;
using CustomiseYou.Application.Orders.Common;
using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Orders;
using CustomiseYou.Domain.Payments;
using Mediator;

namespace CustomiseYou.Application.Orders.PlaceCheckout;

/// <summary>
/// Re-prices the cart, splits it into one order per seller, opens the provider's payment (outside any transaction), then
/// records everything and reserves the stock in one short transaction.
/// </summary>
public sealed class PlaceCheckoutHandler(
    ICartRepository carts,
    CartRepricing repricing,
    CheckoutPaymentStarter payment,
    CheckoutRecorder recorder,
    ICurrentUser currentUser,
    ITenantContext tenant,
    TimeProvider clock) : ICommandHandler<PlaceCheckoutCommand, Result<CheckoutResult>>
{
    public async ValueTask<Result<CheckoutResult>> Handle(PlaceCheckoutCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.RequiredUserId;
        var cart = await carts.GetForCustomerAsync(customerId, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return OrderErrors.CartEmpty;
        }

        var repriced = await repricing.RepriceAsync(cart, cancellationToken);
        if (!repriced.IsSuccess)
        {
            await recorder.KeepNewQuotesAsync(cancellationToken);
            return repriced.Error!;
        }

        var now = clock.GetUtcNow();
        var region = tenant.Tenant;
        var placed = CheckoutSplit.Place(
            Guid.CreateVersion7(), customerId, [.. repriced.Value.Select(l => l.ToCheckoutLine())], command.ShippingAddress.ToAddress(),
            region.MarketplaceFeePercent, now, region.Orders.PaymentWindow);

        // If stock then runs short, the provider keeps an intent nobody can pay for; it expires on its own.
        var started = await payment.StartAsync(placed, now, cancellationToken);
        await recorder.RecordAsync(placed, cart, cancellationToken);
        return Result(placed, started, now + region.Orders.PaymentWindow);
    }

    private static CheckoutResult Result(PlacedCheckout placed, StartedPayment started, DateTimeOffset payBy)
    {
        var (providerPaymentId, client) = (started.Created.ProviderPaymentId, started.Created.Client);
        return new CheckoutResult(
            placed.Checkout.Id,
            [.. placed.Orders.Select(o => new CheckoutOrderDto(
                o.Id, o.SellerId, MoneyDto.From(o.Total), MoneyDto.From(o.MarketplaceFee), MoneyDto.From(o.SellerShare)))],
            MoneyDto.From(placed.Total),
            new CheckoutPaymentDto(started.Provider.ToString(), PaymentStatus.Pending.ToString(), payBy,
                providerPaymentId, client.ClientSecret, client.KeyId, client.ApprovalUrl));
    }
}
